using Pikar.Seeding;
using Pikar.TenantManagement.Editions;
using Pikar.TenantManagement.Tenants;

namespace Pikar.TenantManagement;

/// <summary>Seeds the four tier editions and, with demo data, one demo tenant per edition.</summary>
internal sealed class TenantManagementDataSeedContributor(EditionService editions, TenantService tenants) : IDataSeedContributor
{
    public static readonly IReadOnlyList<(string Edition, string DisplayName, string DemoTenant)> Tiers =
    [
        ("Solopreneur", "Solopreneur", "solo"),
        ("Startup", "Startup", "startup"),
        ("SME", "SME", "sme"),
        ("Enterprise", "Enterprise", "enterprise"),
    ];

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is not null)
        {
            return;
        }

        foreach (var tier in Tiers)
        {
            if (await editions.FindByNameAsync(tier.Edition, cancellationToken) is null)
            {
                await editions.CreateAsync(new CreateEditionInput(tier.Edition, tier.DisplayName), cancellationToken);
            }
        }

        if (!context.IncludeDemoData)
        {
            return;
        }

        var password = context[DataSeedContext.AdminPasswordProperty] ?? DataSeedContext.DefaultAdminPassword;
        foreach (var tier in Tiers)
        {
            if (!await tenants.ExistsAsync(tier.DemoTenant, cancellationToken))
            {
                await tenants.CreateAsync(
                    new CreateTenantInput(tier.DemoTenant, tier.Edition, $"admin@{tier.DemoTenant}.pikar.local", password),
                    includeDemoData: true,
                    cancellationToken);
            }
        }
    }
}
