using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pikar.Data;
using Pikar.Features;
using Pikar.MultiTenancy;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>
/// Every few minutes, in every tenant with social performance on: syncs the accounts whose own next sync is due
/// (hourly after a success, sooner after an engagement webhook, later when the network asked to slow down). A tenant
/// with the feature off is looked at again an hour later; one account's failure never stops the others. Overlapping
/// runs are harmless (syncs of one account take turns), so no distributed lock holds a worker waiting.
/// </summary>
internal sealed partial class SocialSyncJob(
    PikarDbContext db, IDataScope dataScope, ICurrentTenant currentTenant, IServiceScopeFactory scopes, TimeProvider clock, ILogger<SocialSyncJob> logger)
{
    public const string RecurringJobId = "social-performance-sync";
    public const int MaxPerRun = 200;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<(Guid? TenantId, Guid ConnectionId)> due;
        using (dataScope.AcrossAllTenants())
        {
            due = (await db.Set<SocialAccount>().IgnoreQueryFilters([DataFilters.MultiTenant]).AsNoTracking()
                .Where(a => a.NextSyncTime != null && a.NextSyncTime <= now)
                .OrderBy(a => a.NextSyncTime)
                .Take(MaxPerRun)
                .Select(a => new { a.TenantId, a.ConnectionId })
                .ToListAsync(cancellationToken))
                .Select(a => (a.TenantId, a.ConnectionId)).ToList();
        }

        var synced = 0;
        foreach (var tenant in due.GroupBy(a => a.TenantId))
        {
            synced += await scopes.RunAsTenantAsync(currentTenant, tenant.Key, services =>
                SyncTenantAsync(services, tenant.Key, tenant.Select(a => a.ConnectionId).ToList(), cancellationToken));
        }

        return synced;
    }

    private async Task<int> SyncTenantAsync(IServiceProvider services, Guid? tenantId, IReadOnlyList<Guid> connectionIds, CancellationToken ct)
    {
        var tenantDb = services.GetRequiredService<PikarDbContext>();
        if (!await services.GetRequiredService<IFeatureChecker>().IsEnabledAsync(SolopreneurFeatures.SocialPerformance.Default, ct))
        {
            var later = clock.GetUtcNow() + SocialAccount.SyncInterval;
            await tenantDb.Set<SocialAccount>().Where(a => connectionIds.Contains(a.ConnectionId))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.NextSyncTime, later), ct);
            return 0;
        }

        var sync = services.GetRequiredService<SocialSync>();
        var synced = 0;
        foreach (var connectionId in connectionIds)
        {
            try
            {
                await sync.SyncAsync(connectionId, ct);
                synced++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, connectionId, tenantId);
                tenantDb.ChangeTracker.Clear();
                await sync.PostponeAsync(connectionId, e.Message, ct);
            }
        }

        return synced;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Syncing the social account of connection {ConnectionId} (tenant {TenantId}) failed; it is tried again later")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid connectionId, Guid? tenantId);
}
