namespace Pikar.TenantManagement;

/// <summary>Tenant and edition names: safe in a sub-domain, a header and a URL.</summary>
internal static class NamePattern
{
    public const string Regex = "^[A-Za-z0-9][A-Za-z0-9_-]*$";
    public const string Message = "Use letters, digits, '-' and '_' only, starting with a letter or digit.";
}
