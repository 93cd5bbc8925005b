namespace Pikar.Startup;

public static class StartupFeatures
{
    public const string GroupName = "Startup";

    public const string CollaborationFeed = GroupName + ".CollaborationFeed";

    public const string Campaigns = GroupName + ".Campaigns";

    public const string TeamPerformance = GroupName + ".TeamPerformance";

    public const string GrowthMetrics = GroupName + ".GrowthMetrics";

    public const string CustomerJourney = GroupName + ".CustomerJourney";

    public const string RoiDashboard = GroupName + ".RoiDashboard";
}
