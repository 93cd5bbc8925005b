namespace Pikar.Modularity;

/// <summary>The loaded modules, dependencies first.</summary>
public sealed class ModuleCatalog
{
    private ModuleCatalog(IReadOnlyList<PikarModule> modules)
    {
        Modules = modules;
        Key = string.Join(',', modules.Select(m => m.Name));
    }

    public IReadOnlyList<PikarModule> Modules { get; }

    /// <summary>Identifies the module set, so EF builds one model per set.</summary>
    public string Key { get; }

    public bool Contains<TModule>() where TModule : PikarModule => Modules.Any(m => m is TModule);

    /// <summary>Creates the catalog from the requested module types and everything they depend on.</summary>
    public static ModuleCatalog Create(IEnumerable<Type> requested)
    {
        var ordered = new List<PikarModule>();
        var visiting = new HashSet<Type>();
        var visited = new HashSet<Type>();

        void Visit(Type type)
        {
            if (visited.Contains(type))
            {
                return;
            }

            if (!typeof(PikarModule).IsAssignableFrom(type))
            {
                throw new InvalidOperationException($"{type.FullName} is not a {nameof(PikarModule)}.");
            }

            if (!visiting.Add(type))
            {
                throw new InvalidOperationException($"Module dependency cycle through {type.Name}.");
            }

            var module = (PikarModule)Activator.CreateInstance(type)!;
            foreach (var dependency in module.DependsOn)
            {
                Visit(dependency);
            }

            visiting.Remove(type);
            visited.Add(type);
            ordered.Add(module);
        }

        foreach (var type in requested)
        {
            Visit(type);
        }

        return new ModuleCatalog(ordered);
    }
}
