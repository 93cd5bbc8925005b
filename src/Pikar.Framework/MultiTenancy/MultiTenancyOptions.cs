namespace Pikar.MultiTenancy;

public sealed class MultiTenancyOptions
{
    public const string Section = "Pikar";

    /// <summary>When set (e.g. <c>pikar.example.com</c>), <c>acme.pikar.example.com</c> resolves the tenant <c>acme</c>.</summary>
    public string? TenantDomain { get; set; }
}
