namespace Pikar.Solopreneur;

public static class SolopreneurPermissions
{
    public const string GroupName = "Solopreneur";

    public static class SocialPerformance
    {
        public const string Default = GroupName + ".SocialPerformance";

        /// <summary>Connect, reconnect and disconnect accounts, and refresh their figures.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class ContentCapsules
    {
        public const string Default = GroupName + ".ContentCapsules";

        /// <summary>Write, schedule, publish, cancel and delete capsules.</summary>
        public const string Manage = Default + ".Manage";
    }
}
