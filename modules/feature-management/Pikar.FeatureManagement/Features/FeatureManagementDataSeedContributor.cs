using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Features;
using Pikar.MultiTenancy;
using Pikar.Seeding;

namespace Pikar.FeatureManagement.Features;

/// <summary>Gives each seeded edition the starting values its features declare; values the host changed are kept.</summary>
internal sealed class FeatureManagementDataSeedContributor(PikarDbContext db, FeatureDefinitionManager definitions, IEditionStore editions)
    : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is not null)
        {
            return;
        }

        var wanted = definitions.All.SelectMany(f => f.EditionValues.Select(e => (Edition: e.Key, Feature: f.Name, e.Value)));
        foreach (var byEdition in wanted.GroupBy(w => w.Edition, StringComparer.OrdinalIgnoreCase))
        {
            if (await editions.FindByNameAsync(byEdition.Key, cancellationToken) is not { } edition)
            {
                continue;
            }

            var key = edition.Id.ToString();
            var present = await db.Set<FeatureValue>()
                .Where(v => v.ProviderName == FeatureProviders.Edition && v.ProviderKey == key)
                .Select(v => v.Name).ToListAsync(cancellationToken);
            foreach (var (_, feature, value) in byEdition.Where(w => !present.Contains(w.Feature)))
            {
                db.Add(new FeatureValue(feature, value, FeatureProviders.Edition, key));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
