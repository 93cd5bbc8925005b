namespace Pikar.Features;

internal sealed class PlatformFeatureDefinitionProvider : IFeatureDefinitionProvider
{
    public void Define(FeatureDefinitionContext context)
    {
        var group = context.AddGroup(PlatformFeatures.GroupName, "Platform");

        var api = group.AddToggle(PlatformFeatures.ApiAccess, "API access", "Call the API with API keys and machine clients.")
            .InEditions("true", PikarEditions.FromTier(PikarEditions.Startup));
        api.AddChild(PlatformFeatures.ApiRequestsPerMinute, "API requests a minute", "60", new FreeTextStringValueType(0, 1_000_000), "0 means no limit.")
            .InEditions("120", PikarEditions.Startup)
            .InEditions("600", PikarEditions.Sme)
            .InEditions("3000", PikarEditions.Enterprise);

        group.AddFeature(PlatformFeatures.MaxUsers, "Users (seats)", "3", new FreeTextStringValueType(0, 1_000_000), "0 means no limit.")
            .InEditions("3", PikarEditions.Solopreneur)
            .InEditions("25", PikarEditions.Startup)
            .InEditions("250", PikarEditions.Sme)
            .InEditions("0", PikarEditions.Enterprise);
    }
}
