using Pikar.Caching;

namespace Pikar.FeatureManagement.Features;

/// <summary>The stored values of one provider key (an edition or a tenant), dropped in every host on any change.</summary>
internal sealed class FeatureValueCache() : InvalidatableCache<string, IReadOnlyDictionary<string, string>>(CacheTopic)
{
    public const string CacheTopic = "features";
}
