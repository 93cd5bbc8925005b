using Pikar.Features;

namespace Pikar.Startup;

internal sealed class StartupFeatureDefinitionProvider : IFeatureDefinitionProvider
{
    private static readonly string[] Editions = PikarEditions.FromTier(PikarEditions.Startup);

    public void Define(FeatureDefinitionContext context)
    {
        var group = context.AddGroup(StartupFeatures.GroupName, "Startup");
        group.AddToggle(StartupFeatures.CollaborationFeed, "Collaboration feed", "A shared activity feed for the team.").InEditions("true", Editions);
        group.AddToggle(StartupFeatures.Campaigns, "Campaigns", "Multi-channel campaigns that publish through content capsules.").InEditions("true", Editions);
        group.AddToggle(StartupFeatures.TeamPerformance, "Team performance", "Output and workload per team member.").InEditions("true", Editions);
        group.AddToggle(StartupFeatures.GrowthMetrics, "Growth metrics", "MRR, churn and growth forecasts.").InEditions("true", Editions);
        group.AddToggle(StartupFeatures.CustomerJourney, "Customer journey", "Funnels and cohorts from first touch to purchase.").InEditions("true", Editions);
        group.AddToggle(StartupFeatures.RoiDashboard, "ROI dashboard", "Return on each channel and campaign.").InEditions("true", Editions);
    }
}
