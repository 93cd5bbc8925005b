using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations.Connect;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>The Facebook sandbox speaks Facebook Login's and the Graph API's wire format: what the real Graph client will talk to.</summary>
public sealed class FacebookSandboxTests(TestEnvironment env)
{
    private const string RedirectUri = FacebookSandbox.RedirectUri;

    [Fact]
    public async Task Login_with_pkce_gives_a_short_lived_user_token_that_trades_for_a_long_lived_one_and_a_page_token_without_refresh_tokens()
    {
        using var browser = OAuthPopup.Browser(env.App);
        using var graph = FacebookSandbox.Graph(env.App);
        var (verifier, challenge) = OAuthPopup.Pkce();
        var handle = FacebookSandbox.Handle("ok");

        var login = await FacebookSandbox.LoginAsync(browser, handle, "Acme Bakery", challenge, "allow", state: "s-123");
        var exchange = await FacebookSandbox.TokenAsync(graph, ("code", login.Code!), ("redirect_uri", RedirectUri), ("code_verifier", verifier));
        var reused = await FacebookSandbox.TokenAsync(graph, ("code", login.Code!), ("redirect_uri", RedirectUri), ("code_verifier", verifier));

        login.State.ShouldBe("s-123");
        login.Location.Fragment.ShouldBe("#_=_", "Facebook appends an empty fragment to its redirects");
        var token = await exchange.ShouldBeOkAsync<JsonElement>();
        token.GetProperty("token_type").GetString().ShouldBe("bearer");
        token.GetProperty("expires_in").GetInt64().ShouldBe(7200, "the login's user token is short-lived");
        token.TryGetProperty("refresh_token", out _).ShouldBeFalse("Facebook issues no refresh tokens");
        (await reused.GraphErrorAsync()).GetProperty("code").GetInt32().ShouldBe(100, "a code is single-use");

        var longLived = await (await FacebookSandbox.TokenAsync(graph, ("grant_type", "fb_exchange_token"), ("fb_exchange_token", token.GetProperty("access_token").GetString()!)))
            .ShouldBeOkAsync<JsonElement>();
        longLived.GetProperty("expires_in").GetInt64().ShouldBe((long)TimeSpan.FromDays(60).TotalSeconds);
        graph.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", longLived.GetProperty("access_token").GetString());
        var accounts = await graph.GetAsync("me/accounts?fields=id,name,access_token");
        var page = (await accounts.ShouldBeOkAsync<JsonElement>()).GetProperty("data").EnumerateArray().Single();
        page.GetProperty("name").GetString().ShouldBe("Acme Bakery");
        page.TryGetProperty("tasks", out _).ShouldBeFalse("only the requested fields come back");
        accounts.Headers.GetValues("X-App-Usage").ShouldNotBeEmpty();

        graph.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", page.GetProperty("access_token").GetString());
        var pageNode = await graph.GetAsync($"{page.GetProperty("id").GetString()}?fields=followers_count,fan_count,name");
        var audience = await pageNode.ShouldBeOkAsync<JsonElement>();
        audience.GetProperty("followers_count").GetInt64().ShouldBeGreaterThan(0);
        audience.GetProperty("id").GetString().ShouldBe(page.GetProperty("id").GetString());
        pageNode.Headers.GetValues("X-Business-Use-Case-Usage").Single().ShouldContain(page.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task The_token_endpoint_answers_a_get_and_refuses_a_wrong_secret_redirect_or_verifier_in_graph_s_error_format()
    {
        using var browser = OAuthPopup.Browser(env.App);
        using var graph = FacebookSandbox.Graph(env.App);
        var (_, challenge) = OAuthPopup.Pkce();
        var withPkce = await FacebookSandbox.LoginAsync(browser, "acme_wrongs", "Acme", challenge, "allow", "s-1");
        var withoutPkce = await FacebookSandbox.LoginAsync(browser, "acme_wrongs", "Acme", challenge: null, "allow", "s-2");

        var wrongSecret = await FacebookSandbox.TokenAsync(graph, ("code", withPkce.Code!), ("redirect_uri", RedirectUri), ("client_secret", "guess"));
        var wrongRedirect = await FacebookSandbox.TokenAsync(graph, ("code", withPkce.Code!), ("redirect_uri", RedirectUri + "/elsewhere"));
        var wrongVerifier = await FacebookSandbox.TokenAsync(graph, ("code", withPkce.Code!), ("redirect_uri", RedirectUri), ("code_verifier", OAuthPopup.Pkce().Verifier));
        var byGet = await graph.GetAsync("oauth/access_token?client_id=" + OAuthClientRegistrations.SandboxClientId + "&client_secret=" + OAuthClientRegistrations.SandboxClientSecret
            + "&redirect_uri=" + Uri.EscapeDataString(RedirectUri) + "&code=" + Uri.EscapeDataString(withoutPkce.Code!));

        var secretError = await wrongSecret.GraphErrorAsync();
        secretError.GetProperty("message").GetString().ShouldBe("Error validating client secret.");
        secretError.GetProperty("type").GetString().ShouldBe("OAuthException");
        (await wrongRedirect.GraphErrorAsync()).GetProperty("error_subcode").GetInt32().ShouldBe(36008);
        (await wrongVerifier.GraphErrorAsync()).GetProperty("code").GetInt32().ShouldBe(100);
        (await byGet.ShouldBeOkAsync<JsonElement>()).GetProperty("access_token").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_declined_login_returns_facebook_s_access_denied_with_the_state_and_no_code()
    {
        using var browser = OAuthPopup.Browser(env.App);

        var declined = await FacebookSandbox.LoginAsync(browser, "acme_decliner", "Acme", challenge: null, "deny", "s-9");

        declined.Error.ShouldBe("access_denied");
        declined.State.ShouldBe("s-9");
        declined.Code.ShouldBeNull();
        System.Web.HttpUtility.ParseQueryString(declined.Location.Query)["error_reason"].ShouldBe("user_denied");
    }

    [Theory]
    [InlineData("client_id=someone-else", "Invalid App ID")]
    [InlineData("client_id=pikar&code_challenge=abc&code_challenge_method=plain", "PKCE must use")]
    public async Task A_login_dialog_for_an_unknown_app_or_a_weak_pkce_gets_an_error_page_and_no_redirect(string parameters, string message)
    {
        using var browser = OAuthPopup.Browser(env.App);

        var response = await browser.GetAsync($"/sandbox/facebook/v21.0/dialog/oauth?{parameters}&redirect_uri={Uri.EscapeDataString(RedirectUri)}&state=s");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
    }

    [Fact]
    public async Task The_graph_without_a_valid_token_answers_code_190_and_a_user_token_cannot_post_as_the_page()
    {
        var handle = FacebookSandbox.Handle("poster");
        var userToken = await FacebookSandbox.UserTokenAsync(env.App, handle);
        var page = await FacebookSandbox.PageAsync(env.App, handle);
        using var stranger = FacebookSandbox.Graph(env.App, "not-a-token");
        using var user = FacebookSandbox.Graph(env.App, userToken);

        var unknown = await stranger.GetAsync("me/accounts");
        var asUser = await user.PostAsync($"{page.Id}/feed", new FormUrlEncodedContent([new("message", "Hello")]));

        (await unknown.GraphErrorAsync()).GetProperty("code").GetInt32().ShouldBe(190);
        (await asUser.GraphErrorAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetInt32().ShouldBe(200);
    }
}
