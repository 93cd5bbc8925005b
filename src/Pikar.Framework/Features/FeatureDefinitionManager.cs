namespace Pikar.Features;

/// <summary>Every feature the loaded modules declare, by name.</summary>
public sealed class FeatureDefinitionManager
{
    private readonly Dictionary<string, FeatureDefinition> _byName;

    public FeatureDefinitionManager(IEnumerable<IFeatureDefinitionProvider> providers)
    {
        var context = new FeatureDefinitionContext();
        foreach (var provider in providers)
        {
            provider.Define(context);
        }

        Groups = context.Groups;
        _byName = Groups.SelectMany(g => g.AllFeatures()).ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<FeatureGroupDefinition> Groups { get; }

    public IEnumerable<FeatureDefinition> All => _byName.Values;

    public FeatureDefinition? Find(string name) => _byName.GetValueOrDefault(name);
}
