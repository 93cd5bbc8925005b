namespace Pikar.Features;

public sealed class FeatureDefinition
{
    private readonly List<FeatureDefinition> _children = [];
    private readonly Dictionary<string, string> _editionValues = new(StringComparer.OrdinalIgnoreCase);

    internal FeatureDefinition(string name, string displayName, string defaultValue, FeatureValueType valueType, string? description, FeatureDefinition? parent)
    {
        if (!valueType.IsValid(defaultValue))
        {
            throw new ArgumentException($"The default value '{defaultValue}' of feature {name} is not valid for its type.", nameof(defaultValue));
        }

        Name = name;
        DisplayName = displayName;
        DefaultValue = defaultValue;
        ValueType = valueType;
        Description = description;
        Parent = parent;
    }

    public string Name { get; }

    public string DisplayName { get; }

    public string? Description { get; }

    public string DefaultValue { get; }

    public FeatureValueType ValueType { get; }

    public FeatureDefinition? Parent { get; }

    public IReadOnlyList<FeatureDefinition> Children => _children;

    /// <summary>The value each seeded edition starts with (edition name → value); others use the default.</summary>
    public IReadOnlyDictionary<string, string> EditionValues => _editionValues;

    public int Depth => Parent is null ? 0 : Parent.Depth + 1;

    public FeatureDefinition AddChild(string name, string displayName, string defaultValue, FeatureValueType valueType, string? description = null)
    {
        var child = new FeatureDefinition(name, displayName, defaultValue, valueType, description, this);
        _children.Add(child);
        return child;
    }

    /// <summary>Sets this feature's starting value in the named editions.</summary>
    public FeatureDefinition InEditions(string value, params string[] editions)
    {
        if (!ValueType.IsValid(value))
        {
            throw new ArgumentException($"'{value}' is not a valid value for feature {Name}.", nameof(value));
        }

        foreach (var edition in editions)
        {
            _editionValues[edition] = value;
        }

        return this;
    }
}
