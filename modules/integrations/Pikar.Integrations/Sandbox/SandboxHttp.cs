using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Integrations.Connect;

namespace Pikar.Integrations.Sandbox;

/// <summary>
/// What every sandbox's endpoints do alike: find the account behind a token, send a browser back with a query,
/// authenticate the app, answer an OAuth error.
/// </summary>
internal static class SandboxHttp
{
    /// <summary>The sandbox account whose live access token is the request's bearer token, or null.</summary>
    public static async Task<SandboxAccount?> BearerAccountAsync(HttpContext http, string provider, PikarDbContext db, SandboxTokens tokens, CancellationToken ct) =>
        (await AccessAsync(provider, BearerToken(http.Request), db, tokens, ct))?.Account;

    /// <summary>The live access grant of a token and the account it acts for, or null.</summary>
    public static async Task<(SandboxGrant Grant, SandboxAccount Account)?> AccessAsync(
        string provider, string? token, PikarDbContext db, SandboxTokens tokens, CancellationToken ct)
    {
        var grant = await tokens.FindLiveAsync(provider, SandboxGrantKind.Access, token, ct);
        var account = grant is null ? null : await db.Set<SandboxAccount>().SingleOrDefaultAsync(a => a.Id == grant.AccountId, ct);
        return account is null ? null : (grant!, account);
    }

    /// <summary>The token of an <c>Authorization: Bearer</c> header, or null.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    /// <summary>Where a sandbox may send a browser back to: an absolute http(s) URL without a fragment, as the real networks require.</summary>
    /// <summary>
    /// The sandboxes are Pikar's stand-ins, and the only app registered at them is Pikar: they send a consent back only
    /// to a connect callback of the Pikar serving them (same origin as the consent request), never to another site.
    /// </summary>
    public static bool IsPikarCallback([NotNullWhen(true)] string? uri, HttpRequest consentRequest) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var redirect) && redirect.Fragment.Length == 0
        && redirect.Scheme == consentRequest.Scheme && redirect.Authority.Equals(consentRequest.Host.Value, StringComparison.OrdinalIgnoreCase)
        && redirect.AbsolutePath.StartsWith("/" + Connect.OAuthClientRegistrations.CallbackPath, StringComparison.Ordinal);

    public static string WithQuery(string uri, params (string Name, string? Value)[] parameters)
    {
        var separator = uri.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return uri + separator + string.Join('&', parameters
            .Where(p => p.Value is not null)
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value!)}"));
    }

    /// <summary>The client id and secret of an <c>Authorization: Basic</c> header (client_secret_basic), or null.</summary>
    public static (string Id, string Secret)? BasicClient(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var separator = decoded.IndexOf(':', StringComparison.Ordinal);
            return separator > 0 ? (Uri.UnescapeDataString(decoded[..separator]), Uri.UnescapeDataString(decoded[(separator + 1)..])) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Every app registered at a sandbox shares Pikar's sandbox client secret.</summary>
    public static bool IsSandboxSecret(string? secret) =>
        secret is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(OAuthClientRegistrations.SandboxClientSecret));

    /// <summary>An OAuth 2.0 token endpoint error (RFC 6749 §5.2).</summary>
    public static IResult OAuthError(string error, string description, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: status);
}
