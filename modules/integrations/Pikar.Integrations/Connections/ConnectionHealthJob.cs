using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Data;
using Pikar.MultiTenancy;

namespace Pikar.Integrations.Connections;

/// <summary>
/// Hourly, in every tenant: connections whose tokens near their end become expiring, and those past it
/// without a way to renew need the user; the person who connected each one is told.
/// </summary>
internal sealed class ConnectionHealthJob(PikarDbContext db, IDataScope dataScope, ICurrentTenant currentTenant, IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string RecurringJobId = "connection-health";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var horizon = clock.GetUtcNow() + Connection.ExpiringWindow;
        List<(Guid Id, Guid? TenantId)> due;
        using (dataScope.AcrossAllTenants())
        {
            due = (await db.Set<Connection>().IgnoreQueryFilters([DataFilters.MultiTenant]).AsNoTracking()
                .Where(c => !c.IsDeleted && c.Health != ConnectionHealth.ReauthRequired && c.AccessTokenExpiresAt != null && c.AccessTokenExpiresAt <= horizon)
                .Select(c => new { c.Id, c.TenantId })
                .ToListAsync(cancellationToken))
                .Select(c => (c.Id, c.TenantId)).ToList();
        }

        var changed = 0;
        foreach (var tenant in due.GroupBy(c => c.TenantId))
        {
            changed += await scopes.RunAsTenantAsync(currentTenant, tenant.Key, services =>
                services.GetRequiredService<ConnectionService>().EvaluateExpiryAsync(tenant.Select(c => c.Id).ToList(), cancellationToken));
        }

        return changed;
    }
}
