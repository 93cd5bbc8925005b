using Microsoft.IdentityModel.JsonWebTokens;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;

namespace Pikar.HttpApi.Host.Tests.Tokens;

[Collection(nameof(OneHostAtATime))]
public sealed class TokenTests(TestEnvironment env)
{
    private PikarApp App => env.App;

    [Fact]
    public async Task Host_admin_gets_access_id_and_refresh_tokens_without_a_tenant()
    {
        var token = await App.PasswordTokenAsync(null, "admin", TestEnvironment.Password);

        token.GetProperty("token_type").GetString().ShouldBe("Bearer");
        token.GetProperty("refresh_token").GetString().ShouldNotBeNullOrEmpty();
        var idToken = new JsonWebTokenHandler().ReadJsonWebToken(token.GetProperty("id_token").GetString());
        idToken.Subject.ShouldNotBeNullOrEmpty();
        var access = new JsonWebTokenHandler().ReadJsonWebToken(token.GetProperty("access_token").GetString());
        access.Claims.ShouldContain(c => c.Type == "name" && c.Value == "admin");
        access.Claims.ShouldContain(c => c.Type == "role" && c.Value == "admin");
        access.Claims.ShouldNotContain(c => c.Type == "tenantid");
    }

    [Fact]
    public async Task Tenant_admin_token_carries_the_tenant_id()
    {
        var tenant = await App.CreateTenantAsync();

        var token = await App.PasswordTokenAsync(tenant.Name, "admin", TestEnvironment.Password);

        var access = new JsonWebTokenHandler().ReadJsonWebToken(token.GetProperty("access_token").GetString());
        access.Claims.ShouldContain(c => c.Type == "tenantid" && c.Value == tenant.Id.ToString());
        access.Subject.ShouldNotBeNullOrEmpty();
        var idToken = new JsonWebTokenHandler().ReadJsonWebToken(token.GetProperty("id_token").GetString());
        idToken.Claims.ShouldContain(c => c.Type == "tenantid" && c.Value == tenant.Id.ToString());
    }

    [Fact]
    public async Task Tenant_can_be_named_in_the_token_form_instead_of_the_header()
    {
        using var client = App.Anonymous();

        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "pikar_app", ["username"] = "admin",
            ["password"] = TestEnvironment.Password, ["scope"] = "openid pikar", ["__tenant"] = "solo",
        }));

        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        var access = new JsonWebTokenHandler().ReadJsonWebToken(token.GetProperty("access_token").GetString());
        access.Claims.ShouldContain(c => c.Type == "tenantid");
    }

    [Fact]
    public async Task Wrong_password_is_an_invalid_grant()
    {
        var tenant = await App.CreateTenantAsync();
        using var client = App.Anonymous(tenant.Name);

        var response = await client.PostAsync("/connect/token", PasswordForm("admin", "Wrong1!"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task Refresh_token_gives_a_new_access_token()
    {
        var token = await App.PasswordTokenAsync("solo", "admin", TestEnvironment.Password);
        using var client = App.Anonymous();

        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = "pikar_app", ["refresh_token"] = token.GetProperty("refresh_token").GetString()!,
        }));

        var refreshed = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, refreshed.ToString());
        var access = new JsonWebTokenHandler().ReadJsonWebToken(refreshed.GetProperty("access_token").GetString());
        access.Claims.ShouldContain(c => c.Type == "tenantid");
    }

    [Fact]
    public async Task Machine_client_gets_a_token_with_client_credentials_but_no_user()
    {
        using var client = App.Anonymous();

        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = TestEnvironment.MachineClientId,
            ["client_secret"] = TestEnvironment.MachineClientSecret, ["scope"] = "pikar",
        }));

        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, token.ToString());
        using var api = App.Anonymous();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("access_token").GetString());
        var configuration = await (await api.GetAsync("/api/abp/application-configuration")).ShouldBeOkAsync<JsonElement>();
        configuration.GetProperty("currentUser").GetProperty("isAuthenticated").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Password_grant_is_refused_when_switched_off()
    {
        await using var host = env.CreateExtraHost(("Pikar:Auth:AllowPasswordGrant", "false"));
        using var client = host.App.Anonymous("solo");

        var response = await client.PostAsync("/connect/token", PasswordForm("admin", TestEnvironment.Password));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("unsupported_grant_type");
    }

    [Fact]
    public async Task Tokens_stay_valid_on_a_restarted_host()
    {
        var token = await App.PasswordTokenAsync("solo", "admin", TestEnvironment.Password);
        await using var restarted = env.CreateExtraHost();
        using var client = restarted.App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("access_token").GetString());

        var response = await client.GetAsync("/api/identity/users");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Discovery_document_names_the_endpoints_on_the_serving_origin()
    {
        using var client = App.Anonymous();

        var discovery = await (await client.GetAsync("/.well-known/openid-configuration")).ShouldBeOkAsync<JsonElement>();

        var issuer = discovery.GetProperty("issuer").GetString()!;
        issuer.ShouldBe("http://localhost/");
        foreach (var endpoint in new[] { "authorization_endpoint", "token_endpoint", "end_session_endpoint", "userinfo_endpoint", "jwks_uri" })
        {
            discovery.GetProperty(endpoint).GetString()!.ShouldStartWith("http://localhost/");
        }

        discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()).ShouldContain("S256");
        discovery.GetProperty("scopes_supported").EnumerateArray().Select(e => e.GetString()).ShouldContain("pikar");
    }

    [Fact]
    public async Task UserInfo_describes_the_signed_in_user()
    {
        var token = await App.PasswordTokenAsync("solo", "alex", TestEnvironment.Password);
        using var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("access_token").GetString());

        var info = await (await client.GetAsync("/connect/userinfo")).ShouldBeOkAsync<JsonElement>();

        info.GetProperty("sub").GetString().ShouldNotBeNullOrEmpty();
        info.GetProperty("name").GetString().ShouldBe("alex");
        info.GetProperty("tenantid").GetString().ShouldNotBeNullOrEmpty();
        info.GetProperty("role").EnumerateArray().Select(r => r.GetString()).ShouldBe(["staff"]);
    }

    private static FormUrlEncodedContent PasswordForm(string user, string password) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "password", ["client_id"] = "pikar_app", ["username"] = user, ["password"] = password, ["scope"] = "openid pikar",
    });
}
