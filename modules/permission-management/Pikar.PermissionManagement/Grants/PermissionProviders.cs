namespace Pikar.PermissionManagement.Grants;

/// <summary>ABP's grant providers.</summary>
public static class PermissionProviders
{
    public const string Role = "R";
    public const string User = "U";

    public static IReadOnlyList<string> All { get; } = [Role, User];
}
