using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Data;
using Pikar.Features;
using Pikar.MultiTenancy;

namespace Pikar.Solopreneur.ContentCapsules;

/// <summary>
/// Every minute, in every tenant: publishes what is due (scheduled, retrying, or claimed by a worker that never
/// finished), reading the time from <see cref="TimeProvider"/>. A post whose time passed while no host ran is published
/// once when one is back. A tenant whose feature is off has its pending posts canceled with the reason. Overlapping runs
/// are harmless (each publication is claimed once), so no distributed lock holds a worker waiting.
/// </summary>
internal sealed class CapsuleSweepJob(PikarDbContext db, IDataScope dataScope, ICurrentTenant currentTenant, IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string RecurringJobId = "content-capsules-sweep";
    public const string FeatureOffReason = "Not published: content capsules were switched off for this workspace.";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stale = now - CapsulePublication.StaleClaim;
        List<(Guid? TenantId, Guid Id)> due;
        using (dataScope.AcrossAllTenants())
        {
            due = (await db.Set<CapsulePublication>().IgnoreQueryFilters([DataFilters.MultiTenant]).AsNoTracking()
                .Where(p => (p.Status == PublicationStatus.Scheduled && p.DueAt <= now) || (p.Status == PublicationStatus.Publishing && p.ClaimedAt < stale))
                .OrderBy(p => p.DueAt)
                .Take(500)
                .Select(p => new { p.TenantId, p.Id })
                .ToListAsync(cancellationToken))
                .Select(p => (p.TenantId, p.Id)).ToList();
        }

        var settled = 0;
        foreach (var tenant in due.GroupBy(p => p.TenantId))
        {
            settled += await scopes.RunAsTenantAsync(currentTenant, tenant.Key, async services =>
            {
                var ids = tenant.Select(p => p.Id).ToList();
                if (!await services.GetRequiredService<IFeatureChecker>().IsEnabledAsync(SolopreneurFeatures.ContentCapsule, cancellationToken))
                {
                    var tenantDb = services.GetRequiredService<PikarDbContext>();
                    foreach (var publication in await tenantDb.Set<CapsulePublication>().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken))
                    {
                        publication.Cancel(FeatureOffReason);
                    }

                    await tenantDb.SaveChangesAsync(cancellationToken);
                    return 0;
                }

                var publisher = services.GetRequiredService<CapsulePublisher>();
                var count = 0;
                foreach (var id in ids)
                {
                    count += await publisher.PublishAsync(id, now, cancellationToken) ? 1 : 0;
                }

                return count;
            });
        }

        return settled;
    }
}
