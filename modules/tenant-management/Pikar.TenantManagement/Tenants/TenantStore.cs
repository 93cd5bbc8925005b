using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Caching;
using Pikar.Data;
using Pikar.MultiTenancy;

namespace Pikar.TenantManagement.Tenants;

/// <summary>
/// Tenant lookups for request resolution. Found tenants are cached until any tenant changes (in
/// any host); misses are never cached, so a tenant is usable the moment it is created.
/// </summary>
internal sealed class TenantStore(IServiceScopeFactory scopes, TenantCache cache, ICacheInvalidator invalidator) : ITenantStore
{
    public Task<TenantInfo?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        FindCachedAsync("id:" + id, tenants => tenants.Where(t => t.Id == id), cancellationToken);

    public Task<TenantInfo?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        if (name.Length > Tenant.MaxNameLength || name.Contains('\0', StringComparison.Ordinal))
        {
            return Task.FromResult<TenantInfo?>(null);
        }

        var normalized = Tenant.Normalize(name);
        return FindCachedAsync("name:" + normalized, tenants => tenants.Where(t => t.NormalizedName == normalized), cancellationToken);
    }

    public Task InvalidateAsync(CancellationToken cancellationToken) => invalidator.InvalidateAsync(TenantCache.CacheTopic, cancellationToken);

    private async Task<TenantInfo?> FindCachedAsync(string key, Func<IQueryable<Tenant>, IQueryable<Tenant>> filter, CancellationToken ct)
    {
        var found = await cache.GetOrAddAsync(key, async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
            return await filter(db.Set<Tenant>().AsNoTracking())
                .Select(t => new TenantInfo(t.Id, t.Name, t.IsActive, t.EditionId))
                .SingleOrDefaultAsync(ct);
        });

        if (found is null)
        {
            cache.Forget(key);
        }

        return found;
    }
}

internal sealed class TenantCache() : InvalidatableCache<string, TenantInfo?>(CacheTopic)
{
    public const string CacheTopic = "tenants";
}
