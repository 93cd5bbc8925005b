using System.Net;
using System.Net.Http.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Identity.Users;
using Pikar.Paging;

namespace Pikar.HttpApi.Host.Tests.MultiTenancy;

public sealed class TenantIsolationTests(TestEnvironment env)
{
    private PikarApp App => env.App;

    [Fact]
    public async Task A_user_of_tenant_A_is_invisible_to_tenant_B()
    {
        var tenantA = await App.CreateTenantAsync();
        var tenantB = await App.CreateTenantAsync();
        using var adminA = await App.SignInAsync(tenantA.Name);
        using var adminB = await App.SignInAsync(tenantB.Name);
        var created = await (await adminA.PostAsJsonAsync("/api/identity/users",
            new CreateUserInput("jane", "jane@a.test", TestEnvironment.Password), PikarApp.Json)).ShouldBeOkAsync<IdentityUserDto>();

        var listB = await (await adminB.GetAsync("/api/identity/users?maxResultCount=1000")).ShouldBeOkAsync<PagedResult<IdentityUserDto>>();
        var getB = await adminB.GetAsync($"/api/identity/users/{created.Id}");
        var updateB = await adminB.PutAsJsonAsync($"/api/identity/users/{created.Id}", new UpdateUserInput("jane", "jane@b.test"), PikarApp.Json);
        var deleteB = await adminB.DeleteAsync($"/api/identity/users/{created.Id}");

        listB.Items.ShouldNotContain(u => u.Id == created.Id);
        listB.Items.ShouldAllBe(u => u.TenantId == tenantB.Id);
        await getB.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await updateB.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await deleteB.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await adminA.GetAsync($"/api/identity/users/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_same_user_name_may_exist_in_two_tenants()
    {
        var tenantA = await App.CreateTenantAsync();
        var tenantB = await App.CreateTenantAsync();
        using var adminA = await App.SignInAsync(tenantA.Name);
        using var adminB = await App.SignInAsync(tenantB.Name);

        var inA = await adminA.PostAsJsonAsync("/api/identity/users", new CreateUserInput("sam", "sam@same.test", TestEnvironment.Password), PikarApp.Json);
        var inB = await adminB.PostAsJsonAsync("/api/identity/users", new CreateUserInput("sam", "sam@same.test", TestEnvironment.Password), PikarApp.Json);

        inA.StatusCode.ShouldBe(HttpStatusCode.OK);
        inB.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.PasswordTokenAsync(tenantB.Name, "sam", TestEnvironment.Password)).GetProperty("access_token").GetString().ShouldNotBeNull();
    }

    [Fact]
    public async Task A_token_of_tenant_A_cannot_be_pointed_at_tenant_B_with_the_header()
    {
        var tenantA = await App.CreateTenantAsync();
        var tenantB = await App.CreateTenantAsync();
        using var adminA = await App.SignInAsync(tenantA.Name);
        adminA.DefaultRequestHeaders.Add("__tenant", tenantB.Name);

        var users = await (await adminA.GetAsync("/api/identity/users")).ShouldBeOkAsync<PagedResult<IdentityUserDto>>();

        users.Items.ShouldAllBe(u => u.TenantId == tenantA.Id);
    }

    [Fact]
    public async Task An_unknown_tenant_in_the_header_is_refused_not_treated_as_the_host()
    {
        using var client = App.Anonymous("no-such-tenant");

        var response = await client.GetAsync("/api/abp/application-configuration");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("code").GetString().ShouldBe("Pikar:TenantNotFound");
    }

    [Fact]
    public async Task A_deactivated_tenant_can_neither_sign_in_nor_use_its_tokens()
    {
        var tenant = await App.CreateTenantAsync();
        using var tenantAdmin = await App.SignInAsync(tenant.Name);
        using var host = await App.SignInAsync(null);

        (await host.PostAsync($"/api/multi-tenancy/tenants/{tenant.Id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await tenantAdmin.GetAsync("/api/identity/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var anonymous = App.Anonymous(tenant.Name);
        await (await anonymous.GetAsync("/api/abp/application-configuration")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await host.PostAsync($"/api/multi-tenancy/tenants/{tenant.Id}/activate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await tenantAdmin.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
