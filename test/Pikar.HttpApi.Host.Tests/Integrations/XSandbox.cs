using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>Drives the X sandbox's OAuth flow the way a browser and Pikar's server would.</summary>
internal static class XSandbox
{
    public const string RedirectUri = "http://localhost/integrations/callback/x";
    public const string ClientId = "pikar-sandbox-client";

    /// <summary>Consents as the given sandbox handle and exchanges the code: an access token for that account.</summary>
    public static async Task<string> AccessTokenAsync(PikarApp app, string handle)
    {
        using var browser = OAuthPopup.Browser(app);
        var (verifier, challenge) = OAuthPopup.Pkce();
        var code = await AuthorizeAsync(browser, handle, challenge, "allow", "state");
        var tokens = await (await TokenAsync(browser, ("grant_type", "authorization_code"), ("code", code.Code!), ("redirect_uri", RedirectUri),
            ("code_verifier", verifier))).ShouldBeOkAsync<JsonElement>();
        return tokens.GetProperty("access_token").GetString()!;
    }

    public static async Task<(string? Code, string? State, string? Error)> AuthorizeAsync(HttpClient browser, string handle, string challenge, string decision, string state)
    {
        var page = await browser.GetAsync("/sandbox/x/i/oauth2/authorize?response_type=code&client_id=" + ClientId
            + "&redirect_uri=" + Uri.EscapeDataString(RedirectUri) + "&scope=" + Uri.EscapeDataString("tweet.read tweet.write users.read offline.access")
            + "&state=" + state + "&code_challenge=" + challenge + "&code_challenge_method=S256");
        var location = await AnswerConsentAsync(browser, page, handle, decision);
        location.GetLeftPart(UriPartial.Path).ShouldBe(RedirectUri);
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        return (query["code"], query["state"], query["error"]);
    }

    /// <summary>Answers a consent page as its user would; returns where the sandbox sends the browser back to.</summary>
    public static Task<Uri> AnswerConsentAsync(HttpClient browser, HttpResponseMessage page, string handle, string decision = "allow") =>
        OAuthPopup.AnswerAsync(browser, page, "X", "/sandbox/x/i/oauth2/authorize", ("handle", handle), ("decision", decision));

    public static Task<HttpResponseMessage> TokenAsync(HttpClient client, params (string Name, string Value)[] form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/sandbox/x/2/oauth2/token")
        {
            Content = new FormUrlEncodedContent(form.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + Pikar.Integrations.Connect.OAuthClientRegistrations.SandboxClientSecret)));
        return client.SendAsync(request);
    }
}
