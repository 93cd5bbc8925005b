using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pikar.AuditLogging.AuditLogs;
using Pikar.Data;

namespace Pikar.AuditLogging.Retention;

/// <summary>Deletes audit logs older than the retention period, in every tenant (a recurring job).</summary>
internal sealed partial class AuditLogRetentionJob(
    PikarDbContext db,
    IDataScope dataScope,
    TimeProvider clock,
    IOptions<AuditLogRetentionOptions> options,
    ILogger<AuditLogRetentionJob> logger)
{
    public const string RecurringJobId = "audit-log-retention";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (options.Value.RetentionDays <= 0)
        {
            return 0;
        }

        var cutoff = clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
        int deleted;
        using (dataScope.AcrossAllTenants())
        {
            deleted = await db.Set<AuditLog>().IgnoreQueryFilters([DataFilters.MultiTenant])
                .Where(l => l.ExecutionTime < cutoff)
                .ExecuteDeleteAsync(cancellationToken);
        }

        LogDeleted(logger, deleted, cutoff);
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} audit logs older than {Cutoff}")]
    private static partial void LogDeleted(ILogger logger, int count, DateTimeOffset cutoff);
}
