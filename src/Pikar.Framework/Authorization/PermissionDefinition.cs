using Pikar.MultiTenancy;

namespace Pikar.Authorization;

public sealed class PermissionDefinition(string name, string displayName, MultiTenancySides side, PermissionDefinition? parent)
{
    private readonly List<PermissionDefinition> _children = [];
    private readonly List<string> _requiredFeatures = [.. parent?.RequiredFeatures ?? []];

    public string Name { get; } = name;

    public string DisplayName { get; } = displayName;

    public MultiTenancySides Side { get; } = side;

    public PermissionDefinition? Parent { get; } = parent;

    public IReadOnlyList<PermissionDefinition> Children => _children;

    /// <summary>Features that must all be on for the permission to be granted (children inherit them).</summary>
    public IReadOnlyList<string> RequiredFeatures => _requiredFeatures;

    public PermissionDefinition AddChild(string name, string displayName, MultiTenancySides? side = null)
    {
        var child = new PermissionDefinition(name, displayName, side ?? Side, this);
        _children.Add(child);
        return child;
    }

    public PermissionDefinition RequireFeatures(params string[] features)
    {
        _requiredFeatures.AddRange(features);
        foreach (var child in _children)
        {
            child.RequireFeatures(features);
        }

        return this;
    }
}
