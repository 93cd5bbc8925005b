using System.Reflection;
using NetArchTest.Rules;

namespace Pikar.Architecture.Tests;

public sealed class LayeringTests
{
    [Fact]
    public void The_kernel_depends_on_no_module_and_no_host() =>
        ShouldNotDependOn(PikarAssemblies.Framework, PikarAssemblies.Modules.Append(PikarAssemblies.EntityFrameworkCore).Append(PikarAssemblies.Host));

    [Fact]
    public void Platform_modules_depend_on_no_tier_and_no_host()
    {
        foreach (var module in PikarAssemblies.Platform)
        {
            ShouldNotDependOn(module, PikarAssemblies.Tiers.Append(PikarAssemblies.Integrations).Append(PikarAssemblies.EntityFrameworkCore).Append(PikarAssemblies.Host));
        }
    }

    [Fact]
    public void Integrations_depend_on_no_tier_and_no_host() =>
        ShouldNotDependOn(PikarAssemblies.Integrations, PikarAssemblies.Tiers.Append(PikarAssemblies.EntityFrameworkCore).Append(PikarAssemblies.Host));

    [Fact]
    public void A_tier_depends_only_on_smaller_tiers_and_never_on_the_host()
    {
        for (var i = 0; i < PikarAssemblies.Tiers.Length; i++)
        {
            var larger = PikarAssemblies.Tiers.Skip(i + 1);
            ShouldNotDependOn(PikarAssemblies.Tiers[i], larger.Append(PikarAssemblies.EntityFrameworkCore).Append(PikarAssemblies.Host));
        }
    }

    [Fact]
    public void Modules_share_internals_with_tests_only()
    {
        var offenders = PikarAssemblies.Modules.Append(PikarAssemblies.Framework)
            .SelectMany(a => a.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>()
                .Where(v => !v.AssemblyName.EndsWith(".Tests", StringComparison.Ordinal) && v.AssemblyName != "Pikar.Benchmarks")
                .Select(v => $"{PikarAssemblies.Name(a)} → {v.AssemblyName}"))
            .ToList();

        offenders.ShouldBeEmpty("A module is used through its public contracts; only test and benchmark assemblies may see its internals.");
    }

    [Fact]
    public void Endpoints_are_minimal_APIs_not_MVC_controllers()
    {
        var result = Types.InAssemblies(PikarAssemblies.All)
            .ShouldNot().Inherit(typeof(Microsoft.AspNetCore.Mvc.ControllerBase))
            .GetResult();

        result.IsSuccessful.ShouldBeTrue($"Offenders: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    /// <summary>Reads the compiled assembly's references: a dependency is a reference the compiler had to emit.</summary>
    private static void ShouldNotDependOn(Assembly assembly, IEnumerable<Assembly> forbidden)
    {
        var names = forbidden.Select(PikarAssemblies.Name).ToHashSet();
        using var module = Mono.Cecil.ModuleDefinition.ReadModule(assembly.Location);

        var offenders = module.AssemblyReferences.Select(r => r.Name).Where(names.Contains).ToList();

        offenders.ShouldBeEmpty($"{PikarAssemblies.Name(assembly)} must not depend on these (dependencies point Framework ← platform ← tiers ← host).");
    }
}
