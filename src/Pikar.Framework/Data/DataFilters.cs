namespace Pikar.Data;

/// <summary>Names of the EF global query filters, for <c>IgnoreQueryFilters([...])</c>.</summary>
public static class DataFilters
{
    public const string MultiTenant = "MultiTenant";
    public const string SoftDelete = "SoftDelete";
}
