namespace Pikar.Authorization;

public static class PikarRoles
{
    /// <summary>The role every tenant (and the host) is created with; it holds every permission of its side.</summary>
    public const string Admin = "admin";
}
