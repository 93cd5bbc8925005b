namespace Pikar.Enterprise;

public static class EnterpriseFeatures
{
    public const string GroupName = "Enterprise";

    public const string Portfolio = GroupName + ".Portfolio";

    public const string DataWarehouse = GroupName + ".DataWarehouse";

    public const string SocialListening = GroupName + ".SocialListening";

    public const string IntegrationCosts = GroupName + ".IntegrationCosts";

    public const string AgentInsights = GroupName + ".AgentInsights";
}
