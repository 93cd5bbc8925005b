using System.Net.Http.Headers;
using System.Text.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations.Connect;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>Drives the LinkedIn sandbox's OAuth flow the way a browser and Pikar's server would.</summary>
internal static class LinkedInSandbox
{
    public const string RedirectUri = "http://localhost/integrations/callback/linkedin";
    public const string ClientId = "pikar-sandbox-client";
    public const string ClientSecret = OAuthClientRegistrations.SandboxClientSecret;
    public const string Scopes = "r_organization_social w_organization_social rw_organization_admin";

    /// <summary>Consents as the given member (administering a page of that name) and exchanges the code: the token response.</summary>
    public static async Task<JsonElement> TokensAsync(PikarApp app, string handle, string organization = "Sandbox Company")
    {
        using var browser = OAuthPopup.Browser(app);
        var code = await AuthorizeAsync(browser, handle, organization, "allow", "state");
        return await (await TokenAsync(browser, ("grant_type", "authorization_code"), ("code", code.Code!), ("redirect_uri", RedirectUri)))
            .ShouldBeOkAsync<JsonElement>();
    }

    public static async Task<string> AccessTokenAsync(PikarApp app, string handle, string organization = "Sandbox Company") =>
        (await TokensAsync(app, handle, organization)).GetProperty("access_token").GetString()!;

    public static async Task<(string? Code, string? State, string? Error)> AuthorizeAsync(
        HttpClient browser, string handle, string organization, string decision, string state, string? codeChallenge = null)
    {
        var page = await browser.GetAsync("/sandbox/linkedin/oauth/v2/authorization?response_type=code&client_id=" + ClientId
            + "&redirect_uri=" + Uri.EscapeDataString(RedirectUri) + "&scope=" + Uri.EscapeDataString(Scopes) + "&state=" + state
            + (codeChallenge is null ? "" : "&code_challenge=" + codeChallenge + "&code_challenge_method=S256"));
        var location = await AnswerConsentAsync(browser, page, handle, organization, decision);
        location.GetLeftPart(UriPartial.Path).ShouldBe(RedirectUri);
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        return (query["code"], query["state"], query["error"]);
    }

    /// <summary>Answers a consent page as its member would; returns where the sandbox sends the browser back to.</summary>
    public static Task<Uri> AnswerConsentAsync(HttpClient browser, HttpResponseMessage page, string handle, string organization, string decision = "allow") =>
        OAuthPopup.AnswerAsync(browser, page, "LinkedIn", "/sandbox/linkedin/oauth/v2/authorization",
            ("handle", handle), ("organization", organization), ("decision", decision));

    /// <summary>A token request authenticated as LinkedIn expects it: client_id and client_secret in the form (client_secret_post).</summary>
    public static Task<HttpResponseMessage> TokenAsync(HttpClient client, params (string Name, string Value)[] form) =>
        RawTokenAsync(client, [.. form, ("client_id", ClientId), ("client_secret", ClientSecret)]);

    public static Task<HttpResponseMessage> RawTokenAsync(HttpClient client, params (string Name, string Value)[] form) =>
        client.PostAsync("/sandbox/linkedin/oauth/v2/accessToken",
            new FormUrlEncodedContent(form.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

    /// <summary>A client of the sandbox's REST API as a LinkedIn app calls it: bearer token and API version.</summary>
    public static HttpClient Api(PikarApp app, string accessToken)
    {
        var api = app.Anonymous();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        api.DefaultRequestHeaders.Add("LinkedIn-Version", "202610");
        api.DefaultRequestHeaders.Add("X-Restli-Protocol-Version", "2.0.0");
        return api;
    }

    /// <summary>A member handle: a short random stem and the trouble to simulate.</summary>
    public static string Handle(string trouble) => $"li{Random.Shared.Next(1_000_000):D6}_{trouble}";
}
