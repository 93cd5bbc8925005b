namespace Pikar.MultiTenancy;

/// <summary>
/// An entity owned by one tenant (<c>null</c>: the host). Reads are filtered by EF and by
/// PostgreSQL row-level security; inserts take the current tenant.
/// </summary>
public interface IMultiTenant
{
    Guid? TenantId { get; }
}
