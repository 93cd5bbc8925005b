using Pikar.Features;

namespace Pikar.Enterprise;

internal sealed class EnterpriseFeatureDefinitionProvider : IFeatureDefinitionProvider
{
    private static readonly string[] Editions = PikarEditions.FromTier(PikarEditions.Enterprise);

    public void Define(FeatureDefinitionContext context)
    {
        var group = context.AddGroup(EnterpriseFeatures.GroupName, "Enterprise");
        group.AddToggle(EnterpriseFeatures.Portfolio, "Portfolio", "Portfolio view across business units.").InEditions("true", Editions);
        group.AddToggle(EnterpriseFeatures.DataWarehouse, "Data warehouse", "Exports and sync to a data warehouse.").InEditions("true", Editions);
        group.AddToggle(EnterpriseFeatures.SocialListening, "Social listening", "Brand mentions and sentiment across networks.").InEditions("true", Editions);
        group.AddToggle(EnterpriseFeatures.IntegrationCosts, "Integration costs", "What each integration costs and saves.").InEditions("true", Editions);
        group.AddToggle(EnterpriseFeatures.AgentInsights, "Agent insights", "Insights on AI agents and their outcomes.").InEditions("true", Editions);
    }
}
