namespace Pikar.Authorization;

/// <summary>Every permission the loaded modules declare, by name.</summary>
public sealed class PermissionDefinitionManager
{
    private readonly Dictionary<string, PermissionDefinition> _byName;

    public PermissionDefinitionManager(IEnumerable<IPermissionDefinitionProvider> providers)
    {
        var context = new PermissionDefinitionContext();
        foreach (var provider in providers)
        {
            provider.Define(context);
        }

        Groups = context.Groups;
        _byName = Groups.SelectMany(g => g.AllPermissions()).ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<PermissionGroupDefinition> Groups { get; }

    public IEnumerable<PermissionDefinition> All => _byName.Values;

    public PermissionDefinition? Find(string name) => _byName.GetValueOrDefault(name);
}
