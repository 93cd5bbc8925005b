namespace Pikar.Features;

public sealed class FeatureGroupDefinition(string name, string displayName)
{
    private readonly List<FeatureDefinition> _features = [];

    public string Name { get; } = name;

    public string DisplayName { get; } = displayName;

    public IReadOnlyList<FeatureDefinition> Features => _features;

    /// <summary>The group's features with their children, parents first.</summary>
    public IEnumerable<FeatureDefinition> AllFeatures() => Flatten(_features);

    public FeatureDefinition AddFeature(string name, string displayName, string defaultValue, FeatureValueType valueType, string? description = null)
    {
        var feature = new FeatureDefinition(name, displayName, defaultValue, valueType, description, null);
        _features.Add(feature);
        return feature;
    }

    /// <summary>A switch that is off unless an edition or the host turns it on.</summary>
    public FeatureDefinition AddToggle(string name, string displayName, string? description = null) =>
        AddFeature(name, displayName, "false", new ToggleStringValueType(), description);

    private static IEnumerable<FeatureDefinition> Flatten(IEnumerable<FeatureDefinition> features) =>
        features.SelectMany(f => Flatten(f.Children).Prepend(f));
}
