using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pikar.HttpApi.Host.Tests.Features;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.HttpApi.Host.Tests.Probes;
using Pikar.Identity.Roles;
using Pikar.Identity.Users;
using Pikar.PermissionManagement.Grants;
using Pikar.Solopreneur;

namespace Pikar.HttpApi.Host.Tests.Permissions;

public sealed class PermissionManagementTests(TestEnvironment env)
{
    private PikarApp App => env.App;

    [Fact]
    public async Task A_role_without_Identity_Users_gets_403_and_200_right_after_the_grant()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        await (await admin.PostAsJsonAsync("/api/identity/roles", new CreateRoleInput("viewer"), PikarApp.Json)).ShouldBeOkAsync<IdentityRoleDto>();
        await (await admin.PostAsJsonAsync("/api/identity/users",
            new CreateUserInput("vic", "vic@t.test", TestEnvironment.Password, RoleNames: ["viewer"]), PikarApp.Json)).ShouldBeOkAsync<IdentityUserDto>();
        using var viewer = await App.SignInAsync(tenant.Name, "vic");

        var before = await viewer.GetAsync("/api/identity/users");
        await FeatureManagementTests.GrantToRoleAsync(admin, "viewer", "Identity.Users");
        var after = await viewer.GetAsync("/api/identity/users");
        var create = await viewer.PostAsJsonAsync("/api/identity/users", new CreateUserInput("x", "x@t.test", TestEnvironment.Password), PikarApp.Json);

        (await before.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString()!.ShouldContain("Identity.Users");
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString()!.ShouldContain("Identity.Users.Create");
    }

    [Fact]
    public async Task A_user_grant_works_and_shows_beside_the_role_grants()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        var user = await (await admin.PostAsJsonAsync("/api/identity/users", new CreateUserInput("uma", "uma@t.test", TestEnvironment.Password), PikarApp.Json))
            .ShouldBeOkAsync<IdentityUserDto>();
        using var uma = await App.SignInAsync(tenant.Name, "uma");
        await (await uma.GetAsync("/api/identity/roles")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var route = $"/api/permission-management/permissions?providerName=U&providerKey={user.Id}";
        var response = await admin.PutAsJsonAsync(route, new UpdatePermissionsInput([new("Identity.Roles", true)]), PikarApp.Json);
        var list = await (await admin.GetAsync(route)).ShouldBeOkAsync<GetPermissionListResultDto>();

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await uma.GetAsync("/api/identity/roles")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var roles = list.Groups.SelectMany(g => g.Permissions).Single(p => p.Name == "Identity.Roles");
        roles.IsGranted.ShouldBeTrue();
        roles.GrantedProviders.ShouldBe([new ProviderInfoDto("U", user.Id.ToString())]);
        roles.AllowedProviders.ShouldBe(["R", "U"]);
        list.Groups.SelectMany(g => g.Permissions).ShouldNotContain(p => p.Name.StartsWith("TenantManagement", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_user_sees_the_grants_inherited_from_their_roles()
    {
        using var admin = await App.SignInAsync("solo");
        var users = await (await admin.GetAsync("/api/identity/users?filter=admin")).ShouldBeOkAsync<Pikar.Paging.PagedResult<IdentityUserDto>>();

        var list = await (await admin.GetAsync($"/api/permission-management/permissions?providerName=U&providerKey={users.Items[0].Id}"))
            .ShouldBeOkAsync<GetPermissionListResultDto>();

        var usersPermission = list.Groups.SelectMany(g => g.Permissions).Single(p => p.Name == "Identity.Users");
        usersPermission.IsGranted.ShouldBeTrue();
        usersPermission.GrantedProviders.ShouldContain(new ProviderInfoDto("R", "admin"));
    }

    [Fact]
    public async Task A_permission_whose_feature_is_off_is_never_granted()
    {
        var tenant = await App.CreateTenantAsync("Solopreneur");
        using var admin = await App.SignInAsync(tenant.Name);
        await FeatureManagementTests.GrantToRoleAsync(admin, "admin", ProbeModule.Permission);
        (await GrantedPoliciesAsync(admin)).ShouldContain(ProbeModule.Permission);

        await App.SetFeaturesAsync("T", tenant.Id, (SolopreneurFeatures.Invoicing.Default, "false"));

        (await GrantedPoliciesAsync(admin)).ShouldNotContain(ProbeModule.Permission);
        var list = await (await admin.GetAsync("/api/permission-management/permissions?providerName=R&providerKey=admin"))
            .ShouldBeOkAsync<GetPermissionListResultDto>();
        var probe = list.Groups.SelectMany(g => g.Permissions).Single(p => p.Name == ProbeModule.Permission);
        probe.IsAvailable.ShouldBeFalse();
        probe.IsGranted.ShouldBeFalse();
        await (await admin.PostAsJsonAsync("/api/identity/roles", new CreateRoleInput("billing"), PikarApp.Json)).ShouldBeOkAsync<IdentityRoleDto>();
        var refused = await admin.PutAsJsonAsync("/api/permission-management/permissions?providerName=R&providerKey=billing",
            new UpdatePermissionsInput([new(ProbeModule.Permission, true)]), PikarApp.Json);
        (await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors(ProbeModule.Permission).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("Identity.Users.Create", "a child without its parent")]
    [InlineData("TenantManagement.Tenants", "a host-only permission in a tenant")]
    [InlineData("No.Such.Permission", "an unknown permission")]
    public async Task Invalid_grants_get_400_naming_the_permission(string permission, string because)
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        await (await admin.PostAsJsonAsync("/api/identity/roles", new CreateRoleInput("empty"), PikarApp.Json)).ShouldBeOkAsync<IdentityRoleDto>();

        var response = await admin.PutAsJsonAsync("/api/permission-management/permissions?providerName=R&providerKey=empty",
            new UpdatePermissionsInput([new(permission, true)]), PikarApp.Json);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors(permission).ShouldNotBeEmpty(because);
    }

    [Theory]
    [InlineData("R", "ghost", "providerKey")]
    [InlineData("U", "11111111-1111-1111-1111-111111111111", "providerKey")]
    [InlineData("X", "admin", "providerName")]
    public async Task Unknown_roles_users_and_providers_get_400(string providerName, string providerKey, string field)
    {
        using var admin = await App.SignInAsync("startup");

        var response = await admin.GetAsync($"/api/permission-management/permissions?providerName={providerName}&providerKey={providerKey}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors(field).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_host_admin_holds_the_host_permissions_and_a_tenant_admin_the_tenant_ones()
    {
        using var host = await App.HostAdminAsync();
        using var tenant = await App.SignInAsync("enterprise");

        var hostPolicies = await GrantedPoliciesAsync(host);
        var tenantPolicies = await GrantedPoliciesAsync(tenant);

        hostPolicies.ShouldContain("TenantManagement.Tenants.Create");
        hostPolicies.ShouldContain("FeatureManagement.ManageHostFeatures");
        hostPolicies.ShouldContain("Identity.Users");
        tenantPolicies.ShouldContain("Identity.Users.Create");
        tenantPolicies.ShouldContain("AuditLogging.AuditLogs");
        tenantPolicies.ShouldNotContain("TenantManagement.Tenants");
    }

    [Fact]
    public async Task Deleting_a_role_removes_its_grants_so_a_new_role_with_the_name_starts_empty()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        var role = await (await admin.PostAsJsonAsync("/api/identity/roles", new CreateRoleInput("ops"), PikarApp.Json)).ShouldBeOkAsync<IdentityRoleDto>();
        await FeatureManagementTests.GrantToRoleAsync(admin, "ops", "Identity.Users");

        (await admin.DeleteAsync($"/api/identity/roles/{role.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await admin.PostAsJsonAsync("/api/identity/roles", new CreateRoleInput("ops"), PikarApp.Json)).ShouldBeOkAsync<IdentityRoleDto>();
        var list = await (await admin.GetAsync("/api/permission-management/permissions?providerName=R&providerKey=ops"))
            .ShouldBeOkAsync<GetPermissionListResultDto>();

        list.Groups.SelectMany(g => g.Permissions).ShouldAllBe(p => !p.IsGranted);
    }

    internal static async Task<List<string>> GrantedPoliciesAsync(HttpClient client)
    {
        var configuration = await (await client.GetAsync("/api/abp/application-configuration")).ShouldBeOkAsync<JsonElement>();
        return configuration.GetProperty("auth").GetProperty("grantedPolicies").EnumerateObject().Select(p => p.Name).ToList();
    }
}
