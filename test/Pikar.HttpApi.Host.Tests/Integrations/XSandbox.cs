using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Pikar.HttpApi.Host.Tests.Infrastructure;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>Drives the X sandbox's OAuth flow the way a browser and Pikar's server would.</summary>
internal static partial class XSandbox
{
    public const string RedirectUri = "https://app.example.test/integrations/callback/x";
    public const string ClientId = "pikar-sandbox-client";

    /// <summary>Consents as the given sandbox handle and exchanges the code: an access token for that account.</summary>
    public static async Task<string> AccessTokenAsync(PikarApp app, string handle)
    {
        using var browser = Browser(app);
        var (verifier, challenge) = Pkce();
        var code = await AuthorizeAsync(browser, handle, challenge, "allow", "state");
        var tokens = await (await TokenAsync(browser, ("grant_type", "authorization_code"), ("code", code.Code!), ("redirect_uri", RedirectUri),
            ("code_verifier", verifier))).ShouldBeOkAsync<JsonElement>();
        return tokens.GetProperty("access_token").GetString()!;
    }

    public static HttpClient Browser(PikarApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

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
    public static async Task<Uri> AnswerConsentAsync(HttpClient browser, HttpResponseMessage page, string handle, string decision = "allow")
    {
        var html = await page.Content.ReadAsStringAsync();
        page.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("Sandbox");
        var hidden = HiddenField().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        hidden["handle"] = handle;
        hidden["decision"] = decision;

        var answer = await browser.PostAsync("/sandbox/x/i/oauth2/authorize", new FormUrlEncodedContent(hidden));
        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect, await answer.Content.ReadAsStringAsync());
        return answer.Headers.Location!;
    }

    public static Task<HttpResponseMessage> TokenAsync(HttpClient client, params (string Name, string Value)[] form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/sandbox/x/2/oauth2/token")
        {
            Content = new FormUrlEncodedContent(form.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":secret")));
        return client.SendAsync(request);
    }

    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("""<input type="hidden" name="([^"]+)" value="([^"]*)">""")]
    private static partial Regex HiddenField();
}
