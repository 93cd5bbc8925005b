using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Pikar.Domain;
using Pikar.MultiTenancy;

namespace Pikar.Auditing;

/// <summary>
/// Adds every entity an audited request creates, updates or deletes to its audit log, with the
/// old and new value of each changed property. Sensitive properties are redacted; entities marked
/// <see cref="DisableAuditingAttribute"/> are left out.
/// </summary>
internal sealed class AuditingSaveChangesInterceptor(CurrentAuditLog current, TimeProvider clock) : SaveChangesInterceptor
{
    private const int MaxValueLength = 512;
    private readonly ConditionalWeakTable<DbContext, List<Pending>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Complete(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Complete(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            _pending.Remove(context);
        }
    }

    private void Collect(DbContext? context)
    {
        if (context is null || current.Log is null)
        {
            return;
        }

        var pending = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => !e.Metadata.IsOwned() && e.Entity.GetType().GetCustomAttribute<DisableAuditingAttribute>() is null)
            .Select(e => new Pending(e, ChangeTypeOf(e), PropertyChangesOf(e)))
            .ToList();
        _pending.AddOrUpdate(context, pending);
    }

    private void Complete(DbContext? context)
    {
        if (context is null || current.Log is not { } log || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        _pending.Remove(context);
        var now = clock.GetUtcNow();
        lock (log.EntityChanges)
        {
            log.EntityChanges.AddRange(pending.Select(p => new EntityChangeInfo(
                now,
                p.ChangeType,
                KeyOf(p.Entry),
                p.Entry.Metadata.ClrType.FullName ?? p.Entry.Metadata.Name,
                (p.Entry.Entity as IMultiTenant)?.TenantId,
                p.PropertyChanges)));
        }
    }

    private static EntityChangeType ChangeTypeOf(EntityEntry entry) => entry.State switch
    {
        EntityState.Added => EntityChangeType.Created,
        EntityState.Deleted => EntityChangeType.Deleted,
        _ when entry.Entity is ISoftDelete { IsDeleted: true } && entry.Property(nameof(ISoftDelete.IsDeleted)).IsModified => EntityChangeType.Deleted,
        _ => EntityChangeType.Updated,
    };

    private static List<EntityPropertyChangeInfo> PropertyChangesOf(EntityEntry entry)
    {
        var changes = new List<EntityPropertyChangeInfo>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name == nameof(IHasConcurrencyStamp.ConcurrencyStamp) || property.Metadata.PropertyInfo?.IsDefined(typeof(DisableAuditingAttribute)) == true)
            {
                continue;
            }

            var (original, updated) = entry.State switch
            {
                EntityState.Added => (null, property.CurrentValue),
                EntityState.Deleted => (property.OriginalValue, null),
                _ => (property.OriginalValue, property.CurrentValue),
            };
            if (entry.State == EntityState.Modified && (!property.IsModified || Equals(original, updated)))
            {
                continue;
            }

            if (entry.State == EntityState.Added && updated is null)
            {
                continue;
            }

            var type = Nullable.GetUnderlyingType(property.Metadata.ClrType) ?? property.Metadata.ClrType;
            var sensitive = SensitiveNames.IsSensitive(name);
            changes.Add(new EntityPropertyChangeInfo(name, type.FullName ?? type.Name,
                sensitive && original is not null ? SensitiveNames.Redacted : Format(original),
                sensitive && updated is not null ? SensitiveNames.Redacted : Format(updated)));
        }

        return changes;
    }

    private static string? KeyOf(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey() is { } key
            ? string.Join(',', key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)))
            : null;

    private static string? Format(object? value)
    {
        var text = value switch
        {
            null => null,
            DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
            DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return text is { Length: > MaxValueLength } ? text[..MaxValueLength] : text;
    }

    private sealed record Pending(EntityEntry Entry, EntityChangeType ChangeType, List<EntityPropertyChangeInfo> PropertyChanges);
}
