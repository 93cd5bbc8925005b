using Pikar.Features;
using Pikar.Seeding;
using Pikar.TenantManagement.Editions;
using Pikar.TenantManagement.Tenants;

namespace Pikar.TenantManagement;

/// <summary>Seeds the four tier editions and, with demo data, one demo tenant per edition.</summary>
internal sealed class TenantManagementDataSeedContributor(EditionService editions, TenantService tenants, IDataSeeder seeder) : IDataSeedContributor
{
    public static readonly IReadOnlyList<(string Edition, string DisplayName, string DemoTenant)> Tiers =
    [
        (PikarEditions.Solopreneur, "Solopreneur", "solo"),
        (PikarEditions.Startup, "Startup", "startup"),
        (PikarEditions.Sme, "SME", "sme"),
        (PikarEditions.Enterprise, "Enterprise", "enterprise"),
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

        if (context.IncludeDemoData)
        {
            await SeedDemoTenantsAsync(context, cancellationToken);
        }

        // Existing tenants get what newer modules seed for every tenant (e.g. new permissions for their admin role).
        foreach (var tenant in await tenants.GetAllIdsAsync(cancellationToken))
        {
            await seeder.SeedAsync(new DataSeedContext(tenant), cancellationToken);
        }
    }

    private async Task SeedDemoTenantsAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
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
