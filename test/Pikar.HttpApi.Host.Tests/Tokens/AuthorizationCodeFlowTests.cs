using Microsoft.IdentityModel.JsonWebTokens;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;
using Pikar.HttpApi.Host.Tests.Infrastructure;

namespace Pikar.HttpApi.Host.Tests.Tokens;

/// <summary>The browser sign-in: authorization code with PKCE through the server-rendered login page.</summary>
public sealed partial class AuthorizationCodeFlowTests(TestEnvironment env)
{
    private const string RedirectUri = "http://localhost/";

    [Fact]
    public async Task Tenant_user_signs_in_on_the_login_page_and_exchanges_the_code_with_pkce()
    {
        using var browser = env.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "pikar_app", ["redirect_uri"] = RedirectUri, ["response_type"] = "code",
            ["scope"] = "openid profile roles offline_access pikar", ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256", ["state"] = "state-1", ["nonce"] = "nonce-1",
        });

        var toLogin = await browser.GetAsync(authorize);
        toLogin.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        toLogin.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
        var loginPage = await browser.GetStringAsync(toLogin.Headers.Location);
        loginPage.ShouldContain("<label for=\"tenant\">Tenant</label>");
        loginPage.ShouldContain("User name or email");
        loginPage.ShouldContain(">Log in</button>");

        var loggedIn = await browser.PostAsync("/account/login", LoginForm(loginPage, "solo", "admin", TestEnvironment.Password));
        loggedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await loggedIn.Content.ReadAsStringAsync());
        var back = await browser.GetAsync(loggedIn.Headers.Location);
        back.StatusCode.ShouldBe(HttpStatusCode.Redirect, await back.Content.ReadAsStringAsync());
        var callback = QueryHelpers.ParseQuery(back.Headers.Location!.Query);
        callback["state"].ToString().ShouldBe("state-1");

        var tokenResponse = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = "pikar_app", ["code"] = callback["code"].ToString(),
            ["redirect_uri"] = RedirectUri, ["code_verifier"] = verifier,
        }));
        var token = await tokenResponse.Content.ReadFromJsonAsync<JsonElement>();
        tokenResponse.StatusCode.ShouldBe(HttpStatusCode.OK, token.ToString());
        token.GetProperty("refresh_token").GetString().ShouldNotBeNullOrEmpty();
        var idToken = new JsonWebTokenHandler().ReadJsonWebToken(token.GetProperty("id_token").GetString());
        idToken.Claims.ShouldContain(c => c.Type == "nonce" && c.Value == "nonce-1");
        idToken.Claims.ShouldContain(c => c.Type == "tenantid");
    }

    [Fact]
    public async Task Logout_ends_the_sign_in_session()
    {
        using var browser = env.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var loginPage = await browser.GetStringAsync("/account/login?returnUrl=/hangfire");
        (await browser.PostAsync("/account/login", LoginForm(loginPage, "", "admin", TestEnvironment.Password))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var logout = await browser.GetAsync("/connect/logout?client_id=pikar_app&post_logout_redirect_uri=" + Uri.EscapeDataString(RedirectUri));

        logout.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        logout.Headers.Location!.ToString().ShouldStartWith(RedirectUri);
        (await browser.GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Code_exchange_without_the_pkce_verifier_is_refused()
    {
        using var browser = env.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var response = await browser.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "pikar_app", ["redirect_uri"] = RedirectUri, ["response_type"] = "code", ["scope"] = "openid pikar",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Login_page_reports_an_unknown_tenant()
    {
        using var browser = env.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var loginPage = await browser.GetStringAsync("/account/login");

        var response = await browser.PostAsync("/account/login", LoginForm(loginPage, "no-such-tenant", "admin", TestEnvironment.Password));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("There is no tenant named");
    }

    [Fact]
    public async Task Login_page_refuses_a_wrong_password_without_revealing_which_part_was_wrong()
    {
        var tenant = await env.App.CreateTenantAsync();
        using var browser = env.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var loginPage = await browser.GetStringAsync("/account/login");

        var response = await browser.PostAsync("/account/login", LoginForm(loginPage, tenant.Name, "admin", "Wrong-password1"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Invalid user name or password.");
    }

    internal static FormUrlEncodedContent LoginForm(string loginPage, string tenant, string user, string password)
    {
        var token = AntiforgeryField().Match(loginPage);
        token.Success.ShouldBeTrue("The login page has an antiforgery field.");
        var returnUrl = ReturnUrlField().Match(loginPage).Groups[1].Value;
        return new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Groups[1].Value] = token.Groups[2].Value,
            ["returnUrl"] = WebUtility.HtmlDecode(returnUrl),
            ["tenant"] = tenant,
            ["userNameOrEmail"] = user,
            ["password"] = password,
        });
    }

    [GeneratedRegex("""<input type="hidden" name="(__RequestVerificationToken[^"]*)" value="([^"]+)">""")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("""<input type="hidden" name="returnUrl" value="([^"]*)">""")]
    private static partial Regex ReturnUrlField();
}
