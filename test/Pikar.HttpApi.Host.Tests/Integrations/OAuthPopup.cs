using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations.Connect;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>The browser side of an OAuth flow, whichever sandbox: the popup, the consent form its user answers, PKCE.</summary>
internal static partial class OAuthPopup
{
    /// <summary>A popup on HTTPS: OpenIddict's correlation cookie is Secure, as it must be in production.</summary>
    public static HttpClient Open(PikarApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A browser that keeps cookies and lets the test follow each redirect itself.</summary>
    public static HttpClient Browser(PikarApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Asks Pikar, as the admin, to connect the provider's sandbox and opens the link in the popup: where Pikar sends it.</summary>
    public static async Task<Uri> ToProviderAsync(HttpClient admin, HttpClient popup, string provider)
    {
        var authorization = await (await admin.PostAsJsonAsync("/api/integrations/connections/authorize", new AuthorizeConnectionInput(provider, true), PikarApp.Json))
            .ShouldBeOkAsync<ConnectionAuthorizationDto>();
        var toProvider = await popup.GetAsync(authorization.Url);
        toProvider.StatusCode.ShouldBe(HttpStatusCode.Redirect, await toProvider.Content.ReadAsStringAsync());
        return toProvider.Headers.Location!;
    }

    /// <summary>
    /// Answers a sandbox's consent page as its user would: the request's hidden fields sent back with the user's
    /// <paramref name="answers"/> to <paramref name="action"/>; returns where the sandbox sends the browser back to.
    /// </summary>
    public static async Task<Uri> AnswerAsync(HttpClient browser, HttpResponseMessage page, string network, string action, params (string Name, string Value)[] answers)
    {
        var html = await page.Content.ReadAsStringAsync();
        page.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain($"Sandbox: this is Pikar's stand-in for {network}");
        var fields = HiddenField().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        foreach (var (name, value) in answers)
        {
            fields[name] = value;
        }

        var answer = await browser.PostAsync(action, new FormUrlEncodedContent(fields));
        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect, await answer.Content.ReadAsStringAsync());
        return answer.Headers.Location!;
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
