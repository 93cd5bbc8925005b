using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Data;
using Pikar.Features;
using Pikar.MultiTenancy;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>
/// Every few minutes, in every tenant with social performance on: syncs the accounts whose own next sync is due
/// (hourly after a success, sooner after an engagement webhook, later when the network asked to slow down).
/// </summary>
internal sealed class SocialSyncJob(PikarDbContext db, IDataScope dataScope, ICurrentTenant currentTenant, IServiceScopeFactory scopes, TimeProvider clock)
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
            synced += await scopes.RunAsTenantAsync(currentTenant, tenant.Key, async services =>
            {
                if (!await services.GetRequiredService<IFeatureChecker>().IsEnabledAsync(SolopreneurFeatures.SocialPerformance.Default, cancellationToken))
                {
                    return 0;
                }

                var sync = services.GetRequiredService<SocialSync>();
                foreach (var (_, connectionId) in tenant)
                {
                    await sync.SyncAsync(connectionId, cancellationToken);
                }

                return tenant.Count();
            });
        }

        return synced;
    }
}
