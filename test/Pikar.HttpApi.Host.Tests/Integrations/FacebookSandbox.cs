using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations.Connect;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>Drives the Facebook sandbox's login the way a browser and Pikar's server would, and reads a Page token as Pikar does.</summary>
internal static class FacebookSandbox
{
    public const string RedirectUri = "http://localhost/integrations/callback/facebook";
    public const string Scopes = "pages_show_list,pages_read_engagement,pages_manage_posts,read_insights";

    public sealed record Page(string Id, string Name, string AccessToken);

    /// <summary>A Graph client on the sandbox, as Pikar's <c>facebook-sandbox</c> client has it.</summary>
    public static HttpClient Graph(PikarApp app, string? token = null)
    {
        var client = new HttpClient(app.Server.CreateHandler()) { BaseAddress = new Uri("http://localhost/sandbox/facebook/v21.0/") };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Logs in as the sandbox user (with PKCE) and exchanges the code: a short-lived user token.</summary>
    public static async Task<string> UserTokenAsync(PikarApp app, string handle, string pageName = "Test Page")
    {
        using var browser = OAuthPopup.Browser(app);
        var (verifier, challenge) = OAuthPopup.Pkce();
        var login = await LoginAsync(browser, handle, pageName, challenge, "allow", "state");
        using var graph = Graph(app);
        var token = await (await TokenAsync(graph, ("code", login.Code!), ("redirect_uri", RedirectUri), ("code_verifier", verifier))).ShouldBeOkAsync<JsonElement>();
        return token.GetProperty("access_token").GetString()!;
    }

    /// <summary>The user's Page and its token, the way Pikar gets them: a long-lived user token, then <c>me/accounts</c>.</summary>
    public static async Task<Page> PageAsync(PikarApp app, string handle, string pageName = "Test Page")
    {
        using var graph = Graph(app);
        var longLived = await (await TokenAsync(graph, ("grant_type", "fb_exchange_token"), ("fb_exchange_token", await UserTokenAsync(app, handle, pageName))))
            .ShouldBeOkAsync<JsonElement>();
        graph.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", longLived.GetProperty("access_token").GetString());
        var page = (await (await graph.GetAsync("me/accounts?fields=id,name,access_token")).ShouldBeOkAsync<JsonElement>()).GetProperty("data")[0];
        return new Page(page.GetProperty("id").GetString()!, page.GetProperty("name").GetString()!, page.GetProperty("access_token").GetString()!);
    }

    public static async Task<(string? Code, string? State, string? Error, Uri Location)> LoginAsync(
        HttpClient browser, string handle, string pageName, string? challenge, string decision, string state)
    {
        var dialog = await browser.GetAsync("/sandbox/facebook/v21.0/dialog/oauth?client_id=" + OAuthClientRegistrations.SandboxClientId
            + "&redirect_uri=" + Uri.EscapeDataString(RedirectUri) + "&scope=" + Uri.EscapeDataString(Scopes) + "&state=" + state
            + (challenge is null ? "" : "&code_challenge=" + challenge + "&code_challenge_method=S256"));
        var location = await AnswerDialogAsync(browser, dialog, handle, pageName, decision);
        location.GetLeftPart(UriPartial.Path).ShouldBe(RedirectUri);
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        return (query["code"], query["state"], query["error"], location);
    }

    /// <summary>Answers the login dialog as its user would; returns where the sandbox sends the browser back to.</summary>
    public static Task<Uri> AnswerDialogAsync(HttpClient browser, HttpResponseMessage dialog, string handle, string pageName, string decision = "allow") =>
        OAuthPopup.AnswerAsync(browser, dialog, "Facebook", "/sandbox/facebook/v21.0/dialog/oauth",
            ("handle", handle), ("page_name", pageName), ("decision", decision));

    /// <summary>POSTs to the token endpoint with Pikar's sandbox app credentials unless the form gives its own.</summary>
    public static Task<HttpResponseMessage> TokenAsync(HttpClient graph, params (string Name, string Value)[] form)
    {
        var fields = new Dictionary<string, string>
        {
            ["client_id"] = OAuthClientRegistrations.SandboxClientId, ["client_secret"] = OAuthClientRegistrations.SandboxClientSecret,
        };
        foreach (var (name, value) in form)
        {
            fields[name] = value;
        }

        return graph.PostAsync("oauth/access_token", new FormUrlEncodedContent(fields));
    }

    /// <summary>Graph's error object of a failed answer.</summary>
    public static async Task<JsonElement> GraphErrorAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error").Clone();
        error.GetProperty("type").GetString().ShouldNotBeNullOrEmpty();
        error.GetProperty("fbtrace_id").GetString().ShouldNotBeNullOrEmpty();
        return error;
    }

    // Sandbox users have at most 30 characters: a short random stem and the trouble to simulate.
    public static string Handle(string trouble) => $"f{Random.Shared.Next(1_000_000):D6}_{trouble}";
}
