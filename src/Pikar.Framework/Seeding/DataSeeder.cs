using Pikar.MultiTenancy;

namespace Pikar.Seeding;

/// <summary>Runs every module's contributor in module order, inside the seeded tenant.</summary>
internal sealed class DataSeeder(IEnumerable<IDataSeedContributor> contributors, ICurrentTenant currentTenant) : IDataSeeder
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        using (currentTenant.Change(context.TenantId))
        {
            foreach (var contributor in contributors)
            {
                await contributor.SeedAsync(context, cancellationToken);
            }
        }
    }
}
