using Pikar.MultiTenancy;

namespace Pikar.Authorization;

public sealed class PermissionDefinition(string name, string displayName, MultiTenancySides side, PermissionDefinition? parent)
{
    private readonly List<PermissionDefinition> _children = [];

    public string Name { get; } = name;

    public string DisplayName { get; } = displayName;

    public MultiTenancySides Side { get; } = side;

    public PermissionDefinition? Parent { get; } = parent;

    public IReadOnlyList<PermissionDefinition> Children => _children;

    public PermissionDefinition AddChild(string name, string displayName, MultiTenancySides? side = null)
    {
        var child = new PermissionDefinition(name, displayName, side ?? Side, this);
        _children.Add(child);
        return child;
    }
}
