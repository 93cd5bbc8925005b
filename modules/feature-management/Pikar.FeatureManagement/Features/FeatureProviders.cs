namespace Pikar.FeatureManagement.Features;

/// <summary>ABP's provider names, in the order values are looked up after the default.</summary>
public static class FeatureProviders
{
    public const string Tenant = "T";
    public const string Edition = "E";
    public const string Default = "D";

    public static bool IsManageable(string? name) => name is Tenant or Edition;
}
