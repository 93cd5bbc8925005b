using Pikar.Features;

namespace Pikar.Solopreneur;

internal sealed class SolopreneurFeatureDefinitionProvider : IFeatureDefinitionProvider
{
    private static readonly string[] Editions = PikarEditions.FromTier(PikarEditions.Solopreneur);

    public void Define(FeatureDefinitionContext context)
    {
        var group = context.AddGroup(SolopreneurFeatures.GroupName, "Solopreneur");

        group.AddToggle(SolopreneurFeatures.SocialPerformance.Default, "Social performance", "Connect X, LinkedIn and Facebook and follow how posts perform.")
            .InEditions("true", Editions)
            .AddChild(SolopreneurFeatures.SocialPerformance.MaxConnectedAccounts, "Connected accounts", "3", Limit, "0 means no limit.")
            .InEditions("3", PikarEditions.Solopreneur)
            .InEditions("10", PikarEditions.Startup)
            .InEditions("30", PikarEditions.Sme)
            .InEditions("0", PikarEditions.Enterprise);

        group.AddToggle(SolopreneurFeatures.ContentCapsule, "Content capsules", "Write once, publish now or on schedule to every network.")
            .InEditions("true", Editions);

        group.AddToggle(SolopreneurFeatures.ScheduleAssistant, "Schedule assistant", "Google and Outlook calendars in one view.")
            .InEditions("true", Editions);

        group.AddToggle(SolopreneurFeatures.Invoicing.Default, "Invoicing", "Invoices with Stripe and PayPal payment links.")
            .InEditions("true", Editions)
            .AddChild(SolopreneurFeatures.Invoicing.MaxInvoicesPerMonth, "Invoices a month", "20", Limit, "0 means no limit.")
            .InEditions("20", PikarEditions.Solopreneur)
            .InEditions("200", PikarEditions.Startup)
            .InEditions("2000", PikarEditions.Sme)
            .InEditions("0", PikarEditions.Enterprise);
    }

    private static FreeTextStringValueType Limit => new(0, 1_000_000);
}
