namespace Pikar.MultiTenancy;

public static class MultiTenancyConstants
{
    /// <summary>ABP's header (and form/query parameter) naming the tenant by name or id.</summary>
    public const string TenantKey = "__tenant";

    public const string TenantIdClaim = "tenantid";

    public const string TenantNameClaim = "tenantname";
}
