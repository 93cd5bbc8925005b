using Pikar.MultiTenancy;

namespace Pikar.Framework.Tests.MultiTenancy;

public sealed class CurrentTenantTests
{
    [Fact]
    public void Change_scopes_the_tenant_and_restores_the_previous_one()
    {
        var current = new CurrentTenant();
        var outer = Guid.NewGuid();
        var inner = Guid.NewGuid();

        using (current.Change(outer, "outer"))
        {
            using (current.Change(inner, "inner"))
            {
                current.Id.ShouldBe(inner);
                current.Name.ShouldBe("inner");
            }

            current.Id.ShouldBe(outer);
            using (current.Change(null))
            {
                current.IsAvailable.ShouldBeFalse();
            }

            current.IsAvailable.ShouldBeTrue();
        }

        current.Id.ShouldBeNull();
    }

    [Fact]
    public async Task A_change_inside_an_async_flow_does_not_leak_to_the_caller()
    {
        var current = new CurrentTenant();
        var tenant = Guid.NewGuid();

        await Task.Run(() =>
        {
            current.Change(tenant);
            current.Id.ShouldBe(tenant);
        }, TestContext.Current.CancellationToken);

        current.Id.ShouldBeNull();
    }
}
