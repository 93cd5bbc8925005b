using Microsoft.Extensions.DependencyInjection;
using Pikar.MultiTenancy;

namespace Pikar.Seeding;

/// <summary>
/// Runs every module's contributor in module order, inside the seeded tenant and the caller's scope
/// (so seeding joins the caller's transaction). Contributors are resolved per call because a
/// contributor may itself seed (tenant management creates the demo tenants through this seeder).
/// </summary>
internal sealed class DataSeeder(IServiceProvider services, ICurrentTenant currentTenant) : IDataSeeder
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        using (currentTenant.Change(context.TenantId))
        {
            foreach (var contributor in services.GetServices<IDataSeedContributor>())
            {
                await contributor.SeedAsync(context, cancellationToken);
            }
        }
    }
}
