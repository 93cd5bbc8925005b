using Pikar.MultiTenancy;

namespace Pikar.Authorization;

public sealed class PermissionGroupDefinition(string name, string displayName)
{
    private readonly List<PermissionDefinition> _permissions = [];

    public string Name { get; } = name;

    public string DisplayName { get; } = displayName;

    public IReadOnlyList<PermissionDefinition> Permissions => _permissions;

    /// <summary>The group's permissions with their children, parents first.</summary>
    public IEnumerable<PermissionDefinition> AllPermissions() => Flatten(_permissions);

    public PermissionDefinition AddPermission(string name, string displayName, MultiTenancySides side = MultiTenancySides.Both)
    {
        var permission = new PermissionDefinition(name, displayName, side, null);
        _permissions.Add(permission);
        return permission;
    }

    private static IEnumerable<PermissionDefinition> Flatten(IEnumerable<PermissionDefinition> permissions) =>
        permissions.SelectMany(p => Flatten(p.Children).Prepend(p));
}
