using System.Net;
using System.Net.Http.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Identity.Roles;
using Pikar.Identity.Users;
using Pikar.Paging;

namespace Pikar.HttpApi.Host.Tests.Identity;

public sealed class RolesTests(TestEnvironment env)
{
    [Fact]
    public async Task Tenant_admin_manages_roles_but_cannot_remove_the_built_in_admin_role()
    {
        var tenant = await env.App.CreateTenantAsync();
        using var admin = await env.App.SignInAsync(tenant.Name);

        var created = await (await admin.PostAsJsonAsync("/api/identity/roles", new CreateRoleInput("support", IsDefault: true), PikarApp.Json))
            .ShouldBeOkAsync<IdentityRoleDto>();
        var duplicate = await admin.PostAsJsonAsync("/api/identity/roles", new CreateRoleInput("Support"), PikarApp.Json);
        var renamed = await (await admin.PutAsJsonAsync($"/api/identity/roles/{created.Id}",
            new UpdateRoleInput("helpdesk", ConcurrencyStamp: created.ConcurrencyStamp), PikarApp.Json)).ShouldBeOkAsync<IdentityRoleDto>();
        var all = await (await admin.GetAsync("/api/identity/roles/all")).ShouldBeOkAsync<ListResult<IdentityRoleDto>>();
        var adminRole = all.Items.Single(r => r.Name == "admin");
        var deleteAdmin = await admin.DeleteAsync($"/api/identity/roles/{adminRole.Id}");
        var renameAdmin = await admin.PutAsJsonAsync($"/api/identity/roles/{adminRole.Id}", new UpdateRoleInput("root"), PikarApp.Json);
        var deleted = await admin.DeleteAsync($"/api/identity/roles/{created.Id}");
        var page = await (await admin.GetAsync("/api/identity/roles")).ShouldBeOkAsync<PagedResult<IdentityRoleDto>>();

        await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        renamed.Name.ShouldBe("helpdesk");
        renamed.IsDefault.ShouldBeFalse();
        adminRole.IsStatic.ShouldBeTrue();
        await deleteAdmin.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await renameAdmin.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).FieldErrors("name").ShouldNotBeEmpty();
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        page.Items.Select(r => r.Name).ShouldBe(["admin"]);
    }

    [Fact]
    public async Task New_users_get_the_default_roles()
    {
        var tenant = await env.App.CreateTenantAsync();
        using var admin = await env.App.SignInAsync(tenant.Name);
        await (await admin.PostAsJsonAsync("/api/identity/roles", new CreateRoleInput("member", IsDefault: true), PikarApp.Json)).ShouldBeOkAsync<IdentityRoleDto>();

        var user = await (await admin.PostAsJsonAsync("/api/identity/users", new CreateUserInput("new", "new@t.test", TestEnvironment.Password), PikarApp.Json))
            .ShouldBeOkAsync<IdentityUserDto>();

        var roles = await (await admin.GetAsync($"/api/identity/users/{user.Id}/roles")).ShouldBeOkAsync<ListResult<IdentityRoleDto>>();
        roles.Items.Select(r => r.Name).ShouldBe(["member"]);
    }
}
