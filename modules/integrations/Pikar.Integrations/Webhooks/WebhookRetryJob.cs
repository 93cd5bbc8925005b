using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Data;
using Pikar.MultiTenancy;

namespace Pikar.Integrations.Webhooks;

/// <summary>Every few minutes, in every tenant: processes again the stored events whose processing failed, up to a limit.</summary>
internal sealed class WebhookRetryJob(PikarDbContext db, IDataScope dataScope, ICurrentTenant currentTenant, IServiceScopeFactory scopes)
{
    public const string RecurringJobId = "webhook-retry";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        List<(Guid Id, Guid? TenantId)> failed;
        using (dataScope.AcrossAllTenants())
        {
            failed = (await db.Set<WebhookEvent>().IgnoreQueryFilters([DataFilters.MultiTenant]).AsNoTracking()
                .Where(e => e.Status == WebhookEventStatus.Failed && e.Attempts < WebhookEvent.MaxAttempts)
                .OrderBy(e => e.ReceivedTime)
                .Take(500)
                .Select(e => new { e.Id, e.TenantId })
                .ToListAsync(cancellationToken))
                .Select(e => (e.Id, e.TenantId)).ToList();
        }

        var processed = 0;
        foreach (var (id, tenantId) in failed)
        {
            if (await scopes.RunAsTenantAsync(currentTenant, tenantId, services =>
                    services.GetRequiredService<WebhookProcessor>().ProcessAsync(id, cancellationToken)))
            {
                processed++;
            }
        }

        return processed;
    }
}
