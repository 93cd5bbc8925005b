using Pikar.Modularity;

namespace Pikar.Framework.Tests.Modularity;

public sealed class ModuleCatalogTests
{
    [Fact]
    public void Dependencies_load_before_the_modules_that_need_them_and_only_once()
    {
        var catalog = ModuleCatalog.Create([typeof(TierModule), typeof(PlatformModule)]);

        catalog.Modules.Select(m => m.Name).ShouldBe(["Kernel", "Platform", "Tier"]);
        catalog.Key.ShouldBe("Kernel,Platform,Tier");
        catalog.Contains<PlatformModule>().ShouldBeTrue();
    }

    [Fact]
    public void A_dependency_cycle_is_reported_by_name()
    {
        var failure = Should.Throw<InvalidOperationException>(() => ModuleCatalog.Create([typeof(CycleAModule)]));

        failure.Message.ShouldContain("cycle");
    }

    [Fact]
    public void A_type_that_is_not_a_module_is_refused()
    {
        Should.Throw<InvalidOperationException>(() => ModuleCatalog.Create([typeof(string)]));
    }

    private sealed class KernelModule : PikarModule;

    private sealed class PlatformModule : PikarModule
    {
        public override IReadOnlyList<Type> DependsOn => [typeof(KernelModule)];
    }

    private sealed class TierModule : PikarModule
    {
        public override IReadOnlyList<Type> DependsOn => [typeof(PlatformModule), typeof(KernelModule)];
    }

    private sealed class CycleAModule : PikarModule
    {
        public override IReadOnlyList<Type> DependsOn => [typeof(CycleBModule)];
    }

    private sealed class CycleBModule : PikarModule
    {
        public override IReadOnlyList<Type> DependsOn => [typeof(CycleAModule)];
    }
}
