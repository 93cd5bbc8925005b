using System.Net;
using System.Net.Http.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Identity.Roles;
using Pikar.Identity.Users;
using Pikar.Paging;
using Pikar.PermissionManagement.Grants;

namespace Pikar.HttpApi.Host.Tests.Identity;

public sealed class UsersTests(TestEnvironment env)
{
    private PikarApp App => env.App;

    [Fact]
    public async Task Tenant_admin_creates_a_user_who_can_then_sign_in()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);

        var user = await (await admin.PostAsJsonAsync("/api/identity/users",
            new CreateUserInput("maria", "maria@t.test", TestEnvironment.Password, "Maria", "Lopez"), PikarApp.Json)).ShouldBeOkAsync<IdentityUserDto>();

        user.Id.ShouldNotBe(Guid.Empty);
        user.TenantId.ShouldBe(tenant.Id);
        user.IsActive.ShouldBeTrue();
        user.Name.ShouldBe("Maria");
        (await App.PasswordTokenAsync(tenant.Name, "maria@t.test", TestEnvironment.Password)).GetProperty("access_token").GetString().ShouldNotBeNull();
    }

    [Theory]
    [InlineData("", "a@b.test", "1q2w3E*", "userName")]
    [InlineData("bob", "", "1q2w3E*", "email")]
    [InlineData("bob", "nope", "1q2w3E*", "email")]
    [InlineData("bob", "bob@b.test", "", "password")]
    [InlineData("bob", "bob@b.test", "short", "password")]
    [InlineData("bob", "bob@b.test", "alllowercase1!", "password")]
    public async Task Invalid_user_input_gets_400_naming_the_field(string userName, string email, string password, string field)
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);

        var response = await admin.PostAsJsonAsync("/api/identity/users", new CreateUserInput(userName, email, password), PikarApp.Json);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors(field).ShouldNotBeEmpty();
        var users = await (await admin.GetAsync("/api/identity/users")).ShouldBeOkAsync<PagedResult<IdentityUserDto>>();
        users.TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task Missing_body_fields_and_malformed_json_get_400_not_500()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);

        var empty = await admin.PostAsync("/api/identity/users", JsonContent.Create(new { }));
        var malformed = await admin.PostAsync("/api/identity/users", new StringContent("{\"userName\": ", System.Text.Encoding.UTF8, "application/json"));
        var wrongType = await admin.PostAsync("/api/identity/users", new StringContent("{\"userName\": 42}", System.Text.Encoding.UTF8, "application/json"));

        (await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("userName").ShouldNotBeEmpty();
        await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await wrongType.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_duplicate_user_name_is_a_409_naming_the_field()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);

        var response = await admin.PostAsJsonAsync("/api/identity/users", new CreateUserInput("ADMIN", "other@t.test", TestEnvironment.Password), PikarApp.Json);

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("userName").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Naming_roles_on_create_or_update_needs_the_manage_roles_permission()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        var clerk = await (await admin.PostAsJsonAsync("/api/identity/users", new CreateUserInput("clerk", "clerk@t.test", TestEnvironment.Password), PikarApp.Json))
            .ShouldBeOkAsync<IdentityUserDto>();
        var grants = new UpdatePermissionsInput([new("Identity.Users", true), new("Identity.Users.Create", true), new("Identity.Users.Update", true)]);
        (await admin.PutAsJsonAsync($"/api/permission-management/permissions?providerName=U&providerKey={clerk.Id}", grants, PikarApp.Json)).EnsureSuccessStatusCode();
        using var clerkClient = await App.SignInAsync(tenant.Name, "clerk");

        var createAsAdmin = await clerkClient.PostAsJsonAsync("/api/identity/users",
            new CreateUserInput("mallory", "mallory@t.test", TestEnvironment.Password, RoleNames: ["admin"]), PikarApp.Json);
        var promoteSelf = await clerkClient.PutAsJsonAsync($"/api/identity/users/{clerk.Id}",
            new UpdateUserInput("clerk", "clerk@t.test", ConcurrencyStamp: clerk.ConcurrencyStamp, RoleNames: ["admin"]), PikarApp.Json);
        var plain = await clerkClient.PostAsJsonAsync("/api/identity/users", new CreateUserInput("nina", "nina@t.test", TestEnvironment.Password), PikarApp.Json);

        (await createAsAdmin.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).FieldErrors("roleNames").ShouldNotBeEmpty();
        await promoteSelf.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await plain.ShouldBeOkAsync<IdentityUserDto>();
        var users = await (await admin.GetAsync("/api/identity/users?maxResultCount=100")).ShouldBeOkAsync<PagedResult<IdentityUserDto>>();
        users.Items.Select(u => u.UserName).ShouldNotContain("mallory");
        var clerkRoles = await (await admin.GetAsync($"/api/identity/users/{clerk.Id}/roles")).ShouldBeOkAsync<ListResult<IdentityRoleDto>>();
        clerkRoles.Items.Select(r => r.Name).ShouldNotContain("admin");
    }

    [Fact]
    public async Task Roles_are_assigned_replaced_and_checked()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        await (await admin.PostAsJsonAsync("/api/identity/roles", new CreateRoleInput("sales"), PikarApp.Json)).ShouldBeOkAsync<IdentityRoleDto>();
        var user = await (await admin.PostAsJsonAsync("/api/identity/users",
            new CreateUserInput("lee", "lee@t.test", TestEnvironment.Password, RoleNames: ["sales"]), PikarApp.Json)).ShouldBeOkAsync<IdentityUserDto>();

        var before = await (await admin.GetAsync($"/api/identity/users/{user.Id}/roles")).ShouldBeOkAsync<ListResult<IdentityRoleDto>>();
        (await admin.PutAsJsonAsync($"/api/identity/users/{user.Id}/roles", new UpdateUserRolesInput(["admin"]), PikarApp.Json)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = await (await admin.GetAsync($"/api/identity/users/{user.Id}/roles")).ShouldBeOkAsync<ListResult<IdentityRoleDto>>();
        var unknown = await admin.PutAsJsonAsync($"/api/identity/users/{user.Id}/roles", new UpdateUserRolesInput(["ghost"]), PikarApp.Json);

        before.Items.Select(r => r.Name).ShouldBe(["sales"]);
        after.Items.Select(r => r.Name).ShouldBe(["admin"]);
        (await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("roleNames").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_user_without_the_admin_role_gets_403()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        await (await admin.PostAsJsonAsync("/api/identity/users", new CreateUserInput("clerk", "clerk@t.test", TestEnvironment.Password), PikarApp.Json))
            .ShouldBeOkAsync<IdentityUserDto>();
        using var clerk = await App.SignInAsync(tenant.Name, "clerk");

        await (await clerk.GetAsync("/api/identity/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Locked_users_cannot_sign_in_until_unlocked()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        var user = await (await admin.PostAsJsonAsync("/api/identity/users", new CreateUserInput("kim", "kim@t.test", TestEnvironment.Password), PikarApp.Json))
            .ShouldBeOkAsync<IdentityUserDto>();

        var locked = await (await admin.PostAsJsonAsync($"/api/identity/users/{user.Id}/lock", new LockUserInput(null), PikarApp.Json)).ShouldBeOkAsync<IdentityUserDto>();
        using var client = App.Anonymous(tenant.Name);
        var refused = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "pikar_app", ["username"] = "kim", ["password"] = TestEnvironment.Password, ["scope"] = "pikar",
        }));
        var unlocked = await (await admin.PostAsync($"/api/identity/users/{user.Id}/unlock", null)).ShouldBeOkAsync<IdentityUserDto>();

        locked.IsLockedOut.ShouldBeTrue();
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unlocked.IsLockedOut.ShouldBeFalse();
        (await App.PasswordTokenAsync(tenant.Name, "kim", TestEnvironment.Password)).GetProperty("access_token").GetString().ShouldNotBeNull();
    }

    [Fact]
    public async Task Update_changes_the_profile_and_password_and_refuses_a_stale_stamp()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        var user = await (await admin.PostAsJsonAsync("/api/identity/users", new CreateUserInput("ana", "ana@t.test", TestEnvironment.Password), PikarApp.Json))
            .ShouldBeOkAsync<IdentityUserDto>();

        var updated = await (await admin.PutAsJsonAsync($"/api/identity/users/{user.Id}",
            new UpdateUserInput("ana", "ana@new.test", "Ana", Password: "N3w-password", ConcurrencyStamp: user.ConcurrencyStamp), PikarApp.Json))
            .ShouldBeOkAsync<IdentityUserDto>();
        var stale = await admin.PutAsJsonAsync($"/api/identity/users/{user.Id}",
            new UpdateUserInput("ana", "ana@other.test", ConcurrencyStamp: user.ConcurrencyStamp), PikarApp.Json);

        updated.Email.ShouldBe("ana@new.test");
        updated.Name.ShouldBe("Ana");
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await App.PasswordTokenAsync(tenant.Name, "ana", "N3w-password")).GetProperty("access_token").GetString().ShouldNotBeNull();
    }

    [Fact]
    public async Task Users_list_filters_sorts_and_pages()
    {
        using var admin = await App.SignInAsync("solo");

        var page = await (await admin.GetAsync("/api/identity/users?sorting=userName desc&maxResultCount=2")).ShouldBeOkAsync<PagedResult<IdentityUserDto>>();
        var filtered = await (await admin.GetAsync("/api/identity/users?filter=rivera")).ShouldBeOkAsync<PagedResult<IdentityUserDto>>();

        page.Items.Count.ShouldBe(2);
        page.TotalCount.ShouldBeGreaterThanOrEqualTo(3);
        page.Items.Select(u => u.UserName).ShouldBeInOrder(SortDirection.Descending);
        filtered.Items.ShouldHaveSingleItem().UserName.ShouldBe("sam");
    }

    [Fact]
    public async Task An_admin_cannot_delete_their_own_account_but_can_delete_others()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        var users = await (await admin.GetAsync("/api/identity/users")).ShouldBeOkAsync<PagedResult<IdentityUserDto>>();
        var other = await (await admin.PostAsJsonAsync("/api/identity/users", new CreateUserInput("tmp", "tmp@t.test", TestEnvironment.Password), PikarApp.Json))
            .ShouldBeOkAsync<IdentityUserDto>();

        var self = await admin.DeleteAsync($"/api/identity/users/{users.Items.Single().Id}");
        var deleted = await admin.DeleteAsync($"/api/identity/users/{other.Id}");

        (await self.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe("Identity:CannotDeleteYourself");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await admin.GetAsync($"/api/identity/users/{other.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
