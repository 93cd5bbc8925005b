using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Data;
using Pikar.MultiTenancy;

namespace Pikar.TenantManagement.Tenants;

/// <summary>
/// Tenant lookups for request resolution. Found tenants are cached briefly; misses are never
/// cached, so a tenant is usable the moment it is created.
/// </summary>
internal sealed class TenantStore(IServiceScopeFactory scopes, IMemoryCache cache) : ITenantStore
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public Task<TenantInfo?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        FindCachedAsync(IdKey(id), tenants => tenants.Where(t => t.Id == id), cancellationToken);

    public Task<TenantInfo?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var normalized = Tenant.Normalize(name);
        return FindCachedAsync(NameKey(normalized), tenants => tenants.Where(t => t.NormalizedName == normalized), cancellationToken);
    }

    public void Invalidate(TenantInfo tenant)
    {
        cache.Remove(IdKey(tenant.Id));
        cache.Remove(NameKey(Tenant.Normalize(tenant.Name)));
    }

    private async Task<TenantInfo?> FindCachedAsync(string key, Func<IQueryable<Tenant>, IQueryable<Tenant>> filter, CancellationToken ct)
    {
        if (cache.TryGetValue(key, out TenantInfo? cached))
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
        var tenant = await filter(db.Set<Tenant>().AsNoTracking())
            .Select(t => new TenantInfo(t.Id, t.Name, t.IsActive, t.EditionId))
            .SingleOrDefaultAsync(ct);

        if (tenant is not null)
        {
            cache.Set(IdKey(tenant.Id), tenant, CacheFor);
            cache.Set(NameKey(Tenant.Normalize(tenant.Name)), tenant, CacheFor);
        }

        return tenant;
    }

    private static string IdKey(Guid id) => "tenant:id:" + id;

    private static string NameKey(string normalizedName) => "tenant:name:" + normalizedName;
}
