namespace Pikar.Data;

/// <summary>Explicit opt-in for host-side work that must read or write every tenant's rows.</summary>
public interface IDataScope
{
    bool IsAcrossAllTenants { get; }

    /// <summary>
    /// Until disposed, database work runs as the row-level-security-bypassing role. EF's tenant
    /// filter still applies: ignore it per query with <c>IgnoreQueryFilters([DataFilters.MultiTenant])</c>.
    /// </summary>
    IDisposable AcrossAllTenants();
}
