using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Pikar.HttpApi.Host.Tests.Infrastructure;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>The X sandbox speaks X's OAuth 2.0 and API v2 wire format: what the real X client will talk to.</summary>
public sealed class XSandboxTests(TestEnvironment env)
{
    private const string RedirectUri = XSandbox.RedirectUri;

    [Fact]
    public async Task Consent_code_exchange_with_pkce_api_calls_and_refresh_work_like_x()
    {
        using var browser = Browser();
        var handle = "acme_" + Random.Shared.Next(100000);
        var (verifier, challenge) = Pkce();

        var code = await AuthorizeAsync(browser, handle, challenge, "allow", state: "s-123");
        var reused = await TokenAsync(browser, ("grant_type", "authorization_code"), ("code", code.Code!), ("redirect_uri", RedirectUri), ("code_verifier", verifier));
        using var api = Browser();

        code.State.ShouldBe("s-123");
        var tokens = await reused.ShouldBeOkAsync<JsonElement>();
        var access = tokens.GetProperty("access_token").GetString()!;
        var refresh = tokens.GetProperty("refresh_token").GetString()!;
        tokens.GetProperty("token_type").GetString().ShouldBe("bearer");
        tokens.GetProperty("expires_in").GetInt32().ShouldBe(7200);
        (await TokenAsync(browser, ("grant_type", "authorization_code"), ("code", code.Code!), ("redirect_uri", RedirectUri), ("code_verifier", verifier)))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a code is single-use");

        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        var me = await api.GetAsync("/sandbox/x/2/users/me?user.fields=public_metrics");
        var user = (await me.ShouldBeOkAsync<JsonElement>()).GetProperty("data");
        user.GetProperty("username").GetString().ShouldBe(handle);
        user.GetProperty("public_metrics").GetProperty("followers_count").GetInt64().ShouldBeGreaterThan(0);
        me.Headers.GetValues("x-rate-limit-remaining").ShouldNotBeEmpty();

        var posted = await api.PostAsync("/sandbox/x/2/tweets", new StringContent("""{"text":"Hello from the sandbox"}""", Encoding.UTF8, "application/json"));
        posted.StatusCode.ShouldBe(HttpStatusCode.Created);
        var tweetId = (await posted.ShouldBeOkOrProblemJsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
        var lookup = await (await api.GetAsync($"/sandbox/x/2/tweets?ids={tweetId},1&tweet.fields=public_metrics,non_public_metrics,created_at")).ShouldBeOkAsync<JsonElement>();
        var tweet = lookup.GetProperty("data")[0];
        tweet.GetProperty("public_metrics").TryGetProperty("impression_count", out _).ShouldBeTrue();
        tweet.GetProperty("non_public_metrics").TryGetProperty("impression_count", out _).ShouldBeTrue();
        lookup.GetProperty("errors")[0].GetProperty("resource_id").GetString().ShouldBe("1");
        var deleted = await (await api.DeleteAsync($"/sandbox/x/2/tweets/{tweetId}")).ShouldBeOkAsync<JsonElement>();
        deleted.GetProperty("data").GetProperty("deleted").GetBoolean().ShouldBeTrue();

        var renewed = await (await TokenAsync(browser, ("grant_type", "refresh_token"), ("refresh_token", refresh))).ShouldBeOkAsync<JsonElement>();
        renewed.GetProperty("access_token").GetString().ShouldNotBe(access);
        (await TokenAsync(browser, ("grant_type", "refresh_token"), ("refresh_token", refresh))).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest, "a refresh token is rotated on use");
    }

    [Fact]
    public async Task A_wrong_code_verifier_is_refused_and_a_denied_consent_returns_access_denied()
    {
        using var browser = Browser();
        var (_, challenge) = Pkce();

        var code = await AuthorizeAsync(browser, "acme_denier", challenge, "allow", state: "s-1");
        var wrongVerifier = await TokenAsync(browser, ("grant_type", "authorization_code"), ("code", code.Code!), ("redirect_uri", RedirectUri),
            ("code_verifier", Pkce().Verifier));
        var denied = await AuthorizeAsync(browser, "acme_denier", challenge, "deny", state: "s-2");

        (await wrongVerifier.ShouldBeOkOrProblemJsonAsync()).GetProperty("error").GetString().ShouldBe("invalid_grant");
        denied.Error.ShouldBe("access_denied");
        denied.State.ShouldBe("s-2");
        denied.Code.ShouldBeNull();
    }

    [Theory]
    [InlineData("https://elsewhere.example/integrations/callback/x")]
    [InlineData("http://localhost/account/login")]
    public async Task A_consent_is_only_ever_sent_back_to_a_connect_callback_of_this_pikar(string redirectUri)
    {
        using var browser = Browser();
        var (_, challenge) = Pkce();

        var page = await browser.GetAsync("/sandbox/x/i/oauth2/authorize?response_type=code&client_id=pikar&scope=tweet.read&state=s&code_challenge_method=S256"
            + $"&code_challenge={challenge}&redirect_uri={Uri.EscapeDataString(redirectUri)}");

        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await page.Content.ReadAsStringAsync()).ShouldContain("connect callback of this Pikar");
    }

    [Fact]
    public async Task A_client_with_the_wrong_secret_gets_no_tokens()
    {
        using var browser = Browser();
        var (verifier, challenge) = Pkce();
        var code = await AuthorizeAsync(browser, "acme_impostor", challenge, "allow", state: "s-1");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sandbox/x/2/oauth2/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code", ["code"] = code.Code!, ["redirect_uri"] = RedirectUri, ["code_verifier"] = verifier,
            }),
        };
        request.Headers.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(XSandbox.ClientId + ":guessed")));

        var refused = await browser.SendAsync(request);

        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("invalid_client");
    }

    [Fact]
    public async Task An_authorization_request_without_pkce_gets_an_error_page_and_no_redirect()
    {
        using var browser = Browser();

        var response = await browser.GetAsync($"/sandbox/x/i/oauth2/authorize?response_type=code&client_id={XSandbox.ClientId}&redirect_uri={Uri.EscapeDataString(RedirectUri)}&scope=tweet.read&state=s");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("PKCE is required");
    }

    [Fact]
    public async Task The_api_without_a_valid_token_answers_401_in_x_s_format()
    {
        using var api = Browser();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        var response = await api.GetAsync("/sandbox/x/2/users/me");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"title\":\"Unauthorized\"");
    }

    private HttpClient Browser() => OAuthPopup.Browser(env.App);

    private static Task<(string? Code, string? State, string? Error)> AuthorizeAsync(HttpClient browser, string handle, string challenge, string decision, string state) =>
        XSandbox.AuthorizeAsync(browser, handle, challenge, decision, state);

    private static Task<HttpResponseMessage> TokenAsync(HttpClient client, params (string Name, string Value)[] form) => XSandbox.TokenAsync(client, form);

    private static (string Verifier, string Challenge) Pkce() => OAuthPopup.Pkce();
}

internal static class JsonResponseExtensions
{
    /// <summary>The JSON body whatever the status (a 201, or an OAuth error's 400, come with a JSON body too).</summary>
    public static async Task<JsonElement> ShouldBeOkOrProblemJsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
