namespace Pikar.MultiTenancy;

/// <summary>Looks tenants up for resolution; implemented by tenant management.</summary>
public interface ITenantStore
{
    Task<TenantInfo?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<TenantInfo?> FindByNameAsync(string name, CancellationToken cancellationToken);

    /// <summary>Forgets what is cached for a tenant after it changed.</summary>
    void Invalidate(TenantInfo tenant);
}
