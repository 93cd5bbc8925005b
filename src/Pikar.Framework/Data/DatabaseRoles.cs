namespace Pikar.Data;

/// <summary>
/// PostgreSQL roles that the application switches to on every connection use. Row-level security
/// policies are attached to them, so what a connection can see follows from the role it plays:
/// <see cref="Tenant"/> sees the rows of <c>pikar.tenant_id</c>, <see cref="Host"/> the host's own
/// rows (<c>tenant_id IS NULL</c>), <see cref="AllTenants"/> everything (explicit cross-tenant work).
/// </summary>
public static class DatabaseRoles
{
    public const string Tenant = "pikar_tenant";
    public const string Host = "pikar_host";
    public const string AllTenants = "pikar_all_tenants";

    /// <summary>The custom setting the tenant policy compares <c>tenant_id</c> with.</summary>
    public const string TenantSetting = "pikar.tenant_id";

    public static IReadOnlyList<string> All { get; } = [Tenant, Host, AllTenants];
}
