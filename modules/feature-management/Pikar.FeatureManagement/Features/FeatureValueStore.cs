using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Data;

namespace Pikar.FeatureManagement.Features;

/// <summary>Reads a provider's stored values through the cache (one query per provider key until something changes).</summary>
internal sealed class FeatureValueStore(FeatureValueCache cache, IServiceScopeFactory scopes)
{
    public Task<IReadOnlyDictionary<string, string>> GetAsync(string providerName, string providerKey, CancellationToken ct) =>
        cache.GetOrAddAsync(providerName + ":" + providerKey, async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
            return await db.Set<FeatureValue>().AsNoTracking()
                .Where(v => v.ProviderName == providerName && v.ProviderKey == providerKey)
                .ToDictionaryAsync(v => v.Name, v => v.Value, StringComparer.Ordinal, ct);
        });
}
