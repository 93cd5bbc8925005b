using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Errors;
using Pikar.Paging;

namespace Pikar.AuditLogging.AuditLogs;

/// <summary>Reads the current tenant's audit trail (the host reads the host's).</summary>
internal sealed class AuditLogService(PikarDbContext db)
{
    public static readonly SortMap<AuditLog> Sorting = new SortMap<AuditLog>("executionTime desc")
        .Add("executionTime", l => l.ExecutionTime)
        .Add("executionDuration", l => l.ExecutionDuration)
        .Add("httpStatusCode", l => l.HttpStatusCode)
        .Add("userName", l => l.UserName)
        .Add("url", l => l.Url);

    public static readonly SortMap<EntityChange> ChangeSorting = new SortMap<EntityChange>("changeTime desc")
        .Add("changeTime", c => c.ChangeTime)
        .Add("entityTypeFullName", c => c.EntityTypeFullName);

    public async Task<PagedResult<AuditLogDto>> GetListAsync(GetAuditLogsInput input, CancellationToken ct)
    {
        var query = db.Set<AuditLog>().AsNoTracking();
        if (input.StartTime is { } start)
        {
            query = query.Where(l => l.ExecutionTime >= start);
        }

        if (input.EndTime is { } end)
        {
            query = query.Where(l => l.ExecutionTime <= end);
        }

        if (!string.IsNullOrWhiteSpace(input.UserName))
        {
            query = query.Where(l => l.UserName == input.UserName.Trim());
        }

        if (!string.IsNullOrWhiteSpace(input.Url))
        {
            var url = $"%{input.Url.Trim()}%";
            query = query.Where(l => EF.Functions.ILike(l.Url, url));
        }

        if (!string.IsNullOrWhiteSpace(input.HttpMethod))
        {
            var method = input.HttpMethod.Trim().ToUpperInvariant();
            query = query.Where(l => l.HttpMethod == method);
        }

        if (input.HttpStatusCode is { } status)
        {
            query = query.Where(l => l.HttpStatusCode == status);
        }

        if (input.HasException is { } hasException)
        {
            query = hasException ? query.Where(l => l.Exceptions != null) : query.Where(l => l.Exceptions == null);
        }

        if (input.MinExecutionDuration is { } min)
        {
            query = query.Where(l => l.ExecutionDuration >= min);
        }

        if (input.MaxExecutionDuration is { } max)
        {
            query = query.Where(l => l.ExecutionDuration <= max);
        }

        var total = await query.LongCountAsync(ct);
        var logs = await Sorting.Apply(query, input.Sorting, l => l.Id).Skip(input.Skip).Take(input.Take).ToListAsync(ct);
        return new PagedResult<AuditLogDto>(total, logs.Select(l => l.ToDto(withDetails: false)).ToList());
    }

    public async Task<AuditLogDto> GetAsync(Guid id, CancellationToken ct)
    {
        var log = await db.Set<AuditLog>().AsNoTracking().AsSplitQuery()
            .Include(l => l.Actions)
            .Include(l => l.EntityChanges).ThenInclude(c => c.PropertyChanges)
            .SingleOrDefaultAsync(l => l.Id == id, ct)
            ?? throw new EntityNotFoundException(typeof(AuditLog), id);
        return log.ToDto(withDetails: true);
    }

    public async Task<PagedResult<EntityChangeDto>> GetEntityChangesAsync(GetEntityChangesInput input, CancellationToken ct)
    {
        var query = db.Set<EntityChange>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.EntityTypeFullName))
        {
            var type = input.EntityTypeFullName.Trim();
            query = query.Where(c => c.EntityTypeFullName == type || c.EntityTypeFullName.EndsWith("." + type));
        }

        if (!string.IsNullOrWhiteSpace(input.EntityId))
        {
            query = query.Where(c => c.EntityId == input.EntityId.Trim());
        }

        if (input.ChangeType is { } changeType)
        {
            query = query.Where(c => c.ChangeType == changeType);
        }

        if (input.StartDate is { } start)
        {
            query = query.Where(c => c.ChangeTime >= start);
        }

        if (input.EndDate is { } end)
        {
            query = query.Where(c => c.ChangeTime <= end);
        }

        var total = await query.LongCountAsync(ct);
        var changes = await ChangeSorting.Apply(query, input.Sorting, c => c.Id)
            .Skip(input.Skip).Take(input.Take)
            .Include(c => c.PropertyChanges)
            .ToListAsync(ct);
        return new PagedResult<EntityChangeDto>(total, changes.Select(c => c.ToDto()).ToList());
    }
}
