namespace Pikar.Features;

public sealed class FeatureDefinitionContext
{
    private readonly List<FeatureGroupDefinition> _groups = [];

    public IReadOnlyList<FeatureGroupDefinition> Groups => _groups;

    public FeatureGroupDefinition AddGroup(string name, string displayName)
    {
        var group = new FeatureGroupDefinition(name, displayName);
        _groups.Add(group);
        return group;
    }
}

/// <summary>A module's feature declarations.</summary>
public interface IFeatureDefinitionProvider
{
    void Define(FeatureDefinitionContext context);
}
