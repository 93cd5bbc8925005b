using Microsoft.EntityFrameworkCore;
using Pikar.Caching;
using Pikar.Data;
using Pikar.Features;

namespace Pikar.FeatureManagement.Features;

internal sealed class FeatureValueCleaner(PikarDbContext db, ICacheInvalidator invalidator) : IFeatureValueCleaner
{
    public async Task EditionDeletedAsync(Guid editionId, CancellationToken cancellationToken)
    {
        var key = editionId.ToString();
        await db.Set<FeatureValue>().Where(v => v.ProviderName == FeatureProviders.Edition && v.ProviderKey == key).ExecuteDeleteAsync(cancellationToken);
        await invalidator.InvalidateAsync(FeatureValueCache.CacheTopic, cancellationToken);
    }
}
