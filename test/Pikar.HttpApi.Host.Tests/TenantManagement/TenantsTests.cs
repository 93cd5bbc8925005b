using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Data;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Identity.Users;
using Pikar.Paging;
using Pikar.TenantManagement.Tenants;

namespace Pikar.HttpApi.Host.Tests.TenantManagement;

public sealed class TenantsTests(TestEnvironment env)
{
    private PikarApp App => env.App;

    [Fact]
    public async Task Host_creates_a_tenant_whose_admin_can_sign_in_at_once()
    {
        using var host = await App.SignInAsync(null);
        var name = "acme" + Guid.NewGuid().ToString("N")[..8];

        var tenant = await (await host.PostAsJsonAsync("/api/multi-tenancy/tenants",
            new CreateTenantInput(name, "SME", $"boss@{name}.test", "Str0ng!pass"), PikarApp.Json)).ShouldBeOkAsync<TenantDto>();

        tenant.Id.ShouldNotBe(Guid.Empty);
        tenant.EditionName.ShouldBe("SME");
        tenant.IsActive.ShouldBeTrue();
        using var admin = await App.SignInAsync(name, "admin", "Str0ng!pass");
        var users = await (await admin.GetAsync("/api/identity/users")).ShouldBeOkAsync<PagedResult<IdentityUserDto>>();
        users.Items.ShouldHaveSingleItem().Email.ShouldBe($"boss@{name}.test");
        using var anonymous = App.Anonymous();
        var lookup = await (await anonymous.GetAsync($"/api/abp/multi-tenancy/tenants/by-name/{name}")).ShouldBeOkAsync<FindTenantResultDto>();
        lookup.ShouldBe(new FindTenantResultDto(true, tenant.Id, name, true));
    }

    [Fact]
    public async Task A_failed_tenant_creation_leaves_nothing_behind()
    {
        using var host = await App.SignInAsync(null);
        var name = "broken" + Guid.NewGuid().ToString("N")[..8];

        var response = await host.PostAsJsonAsync("/api/multi-tenancy/tenants",
            new CreateTenantInput(name, "Startup", $"admin@{name}.test", "weak"), PikarApp.Json);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.FieldErrors("adminPassword").ShouldNotBeEmpty();
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
        using (scope.ServiceProvider.GetRequiredService<IDataScope>().AcrossAllTenants())
        {
            (await db.Set<Tenant>().IgnoreQueryFilters().AnyAsync(t => t.Name == name)).ShouldBeFalse();
            (await db.Set<User>().IgnoreQueryFilters().AnyAsync(u => u.Email == $"admin@{name}.test")).ShouldBeFalse();
        }

        using var anonymous = App.Anonymous();
        (await (await anonymous.GetAsync($"/api/abp/multi-tenancy/tenants/by-name/{name}")).ShouldBeOkAsync<FindTenantResultDto>()).Success.ShouldBeFalse();
    }

    [Theory]
    [InlineData("", "Startup", "a@b.test", "1q2w3E*", "name")]
    [InlineData("bad name!", "Startup", "a@b.test", "1q2w3E*", "name")]
    [InlineData("fine", "Startup", "not-an-email", "1q2w3E*", "adminEmailAddress")]
    [InlineData("fine", "NoSuchEdition", "a@b.test", "1q2w3E*", "editionName")]
    public async Task Invalid_tenant_input_gets_400_naming_the_field(string name, string edition, string email, string password, string field)
    {
        using var host = await App.SignInAsync(null);

        var response = await host.PostAsJsonAsync("/api/multi-tenancy/tenants", new CreateTenantInput(name, edition, email, password), PikarApp.Json);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors(field).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_duplicate_tenant_name_is_a_409_naming_the_field()
    {
        var existing = await App.CreateTenantAsync();
        using var host = await App.SignInAsync(null);

        var response = await host.PostAsJsonAsync("/api/multi-tenancy/tenants",
            new CreateTenantInput(existing.Name.ToUpperInvariant(), "Startup", "x@y.test", TestEnvironment.Password), PikarApp.Json);

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("name").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Tenants_list_pages_sorts_and_filters()
    {
        using var host = await App.SignInAsync(null);

        var page = await (await host.GetAsync("/api/multi-tenancy/tenants?filter=o&sorting=name desc&skipCount=0&maxResultCount=2"))
            .ShouldBeOkAsync<PagedResult<TenantDto>>();

        page.Items.Count.ShouldBeLessThanOrEqualTo(2);
        page.TotalCount.ShouldBeGreaterThanOrEqualTo(page.Items.Count);
        page.Items.ShouldAllBe(t => t.Name.Contains('o', StringComparison.OrdinalIgnoreCase));
        page.Items.Select(t => t.Name.ToUpperInvariant()).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task Bad_paging_values_get_400_naming_the_fields()
    {
        using var host = await App.SignInAsync(null);

        var response = await host.GetAsync("/api/multi-tenancy/tenants?skipCount=-1&maxResultCount=100000&sorting=password");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.FieldErrors("skipCount").ShouldNotBeEmpty();
        problem.FieldErrors("maxResultCount").ShouldNotBeEmpty();
        problem.FieldErrors("sorting").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Anonymous_callers_get_401_and_tenant_users_get_403_on_host_endpoints()
    {
        var tenant = await App.CreateTenantAsync();
        using var anonymous = App.Anonymous();
        using var tenantAdmin = await App.SignInAsync(tenant.Name);

        await (await anonymous.GetAsync("/api/multi-tenancy/tenants")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync("/api/identity/users")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await tenantAdmin.GetAsync("/api/multi-tenancy/tenants")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await tenantAdmin.GetAsync("/api/multi-tenancy/editions")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await tenantAdmin.PostAsJsonAsync("/api/multi-tenancy/tenants",
            new CreateTenantInput("sneaky", "Startup", "a@b.test", TestEnvironment.Password), PikarApp.Json)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Host_renames_and_deletes_a_tenant()
    {
        var tenant = await App.CreateTenantAsync();
        using var host = await App.SignInAsync(null);
        var newName = tenant.Name + "x";

        var renamed = await (await host.PutAsJsonAsync($"/api/multi-tenancy/tenants/{tenant.Id}",
            new UpdateTenantInput(newName, "Enterprise", null, tenant.ConcurrencyStamp), PikarApp.Json)).ShouldBeOkAsync<TenantDto>();
        var stale = await host.PutAsJsonAsync($"/api/multi-tenancy/tenants/{tenant.Id}",
            new UpdateTenantInput(newName, "Startup", null, tenant.ConcurrencyStamp), PikarApp.Json);
        var deleted = await host.DeleteAsync($"/api/multi-tenancy/tenants/{tenant.Id}");

        renamed.Name.ShouldBe(newName);
        renamed.EditionName.ShouldBe("Enterprise");
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await host.GetAsync($"/api/multi-tenancy/tenants/{tenant.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var anonymous = App.Anonymous(newName);
        await (await anonymous.GetAsync("/api/abp/application-configuration")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
