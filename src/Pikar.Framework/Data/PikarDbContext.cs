using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Pikar.Domain;
using Pikar.Modularity;
using Pikar.MultiTenancy;
using Pikar.Users;

namespace Pikar.Data;

/// <summary>
/// The one context of the application. Its model is composed from the loaded modules (each in its
/// own schema); modules reach their entities with <see cref="DbContext.Set{TEntity}()"/>.
/// </summary>
public sealed class PikarDbContext(
    DbContextOptions<PikarDbContext> options,
    ModuleCatalog modules,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    TimeProvider clock) : DbContext(options), IDataProtectionKeyContext
{
    public const string PlatformSchema = "platform";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Read by the tenant query filter on every query (EF turns it into a parameter).</summary>
    public Guid? CurrentTenantId => currentTenant.Id;

    internal ModuleCatalog Modules => modules;

    /// <summary>The row-level-security session on this context's connection (see <see cref="DatabaseSession"/>).</summary>
    internal DatabaseSessionState Session { get; } = new();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys", PlatformSchema);

        foreach (var module in modules.Modules)
        {
            module.ConfigureModel(modelBuilder);
        }

        modelBuilder.ApplyPikarConventions(this);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampEntries();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampEntries();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void StampEntries()
    {
        var now = clock.GetUtcNow();
        foreach (var entry in ChangeTracker.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    OnAdded(entry, now);
                    break;
                case EntityState.Modified:
                    OnModified(entry, now);
                    break;
                case EntityState.Deleted when entry.Entity is ISoftDelete softDelete:
                    entry.State = EntityState.Modified;
                    softDelete.IsDeleted = true;
                    softDelete.DeletionTime = now;
                    softDelete.DeleterId = currentUser.Id;
                    OnModified(entry, now);
                    break;
            }
        }
    }

    private void OnAdded(EntityEntry entry, DateTimeOffset now)
    {
        if (entry.Entity is IMultiTenant multiTenant && multiTenant.TenantId is null)
        {
            entry.Property(nameof(IMultiTenant.TenantId)).CurrentValue = currentTenant.Id;
        }

        if (entry.Entity is IAuditedEntity audited)
        {
            audited.CreationTime = now;
            audited.CreatorId ??= currentUser.Id;
        }
    }

    private void OnModified(EntityEntry entry, DateTimeOffset now)
    {
        if (entry.Entity is IAuditedEntity audited)
        {
            audited.LastModificationTime = now;
            audited.LastModifierId = currentUser.Id;
        }

        if (entry.Entity is IHasConcurrencyStamp stamped)
        {
            stamped.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        }
    }
}
