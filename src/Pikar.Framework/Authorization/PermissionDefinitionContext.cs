namespace Pikar.Authorization;

public sealed class PermissionDefinitionContext
{
    private readonly List<PermissionGroupDefinition> _groups = [];

    public IReadOnlyList<PermissionGroupDefinition> Groups => _groups;

    public PermissionGroupDefinition AddGroup(string name, string displayName)
    {
        var group = new PermissionGroupDefinition(name, displayName);
        _groups.Add(group);
        return group;
    }
}
