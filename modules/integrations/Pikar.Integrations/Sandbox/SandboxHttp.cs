using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Pikar.Data;

namespace Pikar.Integrations.Sandbox;

/// <summary>What every sandbox's endpoints do alike: find the account behind a bearer token, send a browser back with a query, read Basic client credentials.</summary>
internal static class SandboxHttp
{
    /// <summary>The sandbox account whose live access token is the request's bearer token, or null.</summary>
    public static async Task<SandboxAccount?> BearerAccountAsync(HttpContext http, string provider, PikarDbContext db, SandboxTokens tokens, CancellationToken ct)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        var grant = await tokens.FindLiveAsync(provider, SandboxGrantKind.Access, token, ct);
        return grant is null ? null : await db.Set<SandboxAccount>().SingleOrDefaultAsync(a => a.Id == grant.AccountId, ct);
    }

    public static string WithQuery(string uri, params (string Name, string? Value)[] parameters)
    {
        var separator = uri.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return uri + separator + string.Join('&', parameters
            .Where(p => p.Value is not null)
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value!)}"));
    }

    /// <summary>The client id of an <c>Authorization: Basic</c> header (client_secret_basic), or null.</summary>
    public static string? BasicClientId(HttpRequest request)
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
            return separator > 0 ? Uri.UnescapeDataString(decoded[..separator]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
