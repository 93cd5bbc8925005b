namespace Pikar.MultiTenancy;

/// <summary>Looks tenants up for resolution; implemented by tenant management.</summary>
public interface ITenantStore
{
    Task<TenantInfo?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<TenantInfo?> FindByNameAsync(string name, CancellationToken cancellationToken);

    /// <summary>Makes every host forget cached tenants after one changed.</summary>
    Task InvalidateAsync(CancellationToken cancellationToken);
}
