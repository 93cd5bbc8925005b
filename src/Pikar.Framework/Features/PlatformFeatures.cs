namespace Pikar.Features;

public static class PlatformFeatures
{
    public const string GroupName = "Platform";

    public const string ApiAccess = GroupName + ".ApiAccess";
    public const string ApiRequestsPerMinute = ApiAccess + ".RequestsPerMinute";

    /// <summary>Seats: how many users a tenant may have (0: no limit).</summary>
    public const string MaxUsers = GroupName + ".MaxUsers";
}
