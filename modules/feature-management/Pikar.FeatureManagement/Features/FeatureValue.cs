using Pikar.Domain;

namespace Pikar.FeatureManagement.Features;

/// <summary>A feature's value set by a provider: <c>E</c> (edition, key = edition id) or <c>T</c> (tenant override, key = tenant id).</summary>
internal sealed class FeatureValue : Entity
{
    public FeatureValue(string name, string value, string providerName, string providerKey)
    {
        Name = name;
        Value = value;
        ProviderName = providerName;
        ProviderKey = providerKey;
    }

    public string Name { get; private set; }

    public string Value { get; set; }

    public string ProviderName { get; private set; }

    public string ProviderKey { get; private set; }
}
