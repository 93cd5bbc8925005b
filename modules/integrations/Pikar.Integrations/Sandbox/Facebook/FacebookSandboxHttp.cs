using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Pikar.Data;

namespace Pikar.Integrations.Sandbox.Facebook;

/// <summary>Who calls the Graph sandbox: the account a token acts for, and whether it is a Page token.</summary>
internal sealed record FacebookCaller(SandboxGrant Grant, SandboxAccount Account)
{
    public bool IsPage => FacebookSandboxPages.IsPage(Account);
}

/// <summary>The Graph API's ways of answering, shared by the sandbox's routes: its error JSON, its usage headers, its token lookup.</summary>
internal static class FacebookSandboxHttp
{
    /// <summary>Graph's error body: <c>{"error":{"message","type","code","error_subcode"?,"is_transient"?,"fbtrace_id"}}</c>.</summary>
    public static IResult Error(int status, int code, string message, int? subcode = null, string type = "OAuthException", bool? transient = null)
    {
        var error = new Dictionary<string, object> { ["message"] = message, ["type"] = type, ["code"] = code };
        if (subcode is { } sub)
        {
            error["error_subcode"] = sub;
        }

        if (transient is { } isTransient)
        {
            error["is_transient"] = isTransient;
        }

        error["fbtrace_id"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(8)).TrimEnd('=');
        return Results.Json(new { error }, statusCode: status);
    }

    /// <summary>Graph answers a token it cannot use with 400 and code 190, whatever the reason.</summary>
    public static IResult InvalidToken() => Error(StatusCodes.Status400BadRequest, 190, "Invalid OAuth access token - Cannot parse access token");

    /// <summary>Graph's answer about an object that is not there, or not the caller's to see.</summary>
    public static IResult UnsupportedRequest(string verb, string id) => Error(StatusCodes.Status400BadRequest, 100,
        $"Unsupported {verb} request. Object with ID '{id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.",
        subcode: 33, type: "GraphMethodException");

    /// <summary>An answer with the usage header Graph sends: per app for user tokens, per Page (business use case) for Page tokens.</summary>
    public static IResult Ok(HttpContext http, FacebookCaller caller, object body)
    {
        Usage(http, caller, callCount: 1, regainMinutes: 0);
        return Results.Json(body);
    }

    /// <summary>The token in <c>Authorization: Bearer|OAuth</c> or the <c>access_token</c> parameter, and the account it acts for.</summary>
    public static async Task<FacebookCaller?> CallerAsync(HttpContext http, PikarDbContext db, SandboxTokens tokens, CancellationToken ct)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var token = SandboxHttp.BearerToken(http.Request)
            ?? (header.StartsWith("OAuth ", StringComparison.OrdinalIgnoreCase) ? header["OAuth ".Length..].Trim() : http.Request.Query["access_token"].ToString());
        return await SandboxHttp.AccessAsync(FacebookSandboxPages.Provider, token, db, tokens, ct) is { } access
            ? new FacebookCaller(access.Grant, access.Account)
            : null;
    }

    /// <summary>
    /// The trouble on demand (see <see cref="SandboxHandles"/>) of the user behind a Page token, as Graph answers it (a
    /// user's own calls stay untroubled, so a Page can always be connected, then misbehave): code 190 (the user removed
    /// the app), code 32 with the Page's usage at 100% and minutes to wait, 503. <c>_nometrics</c> is the insights
    /// route's: it refuses the metrics as Graph refuses deprecated ones.
    /// </summary>
    public static IResult? Simulated(HttpContext http, FacebookCaller caller)
    {
        switch (caller.IsPage ? SandboxHandles.Trouble(FacebookSandboxPages.OwnerHandle(caller.Account)) : SandboxTrouble.None)
        {
            case SandboxTrouble.Revoked:
                return Error(StatusCodes.Status400BadRequest, 190, "Error validating access token: The user has not authorized application.", subcode: 458);
            case SandboxTrouble.RateLimited:
                Usage(http, caller, callCount: 100, regainMinutes: RateLimitedMinutes);
                return Error(StatusCodes.Status400BadRequest, 32, "(#32) Page request limit reached", transient: true);
            case SandboxTrouble.Outage:
                return Error(StatusCodes.Status503ServiceUnavailable, 2, "(#2) Service temporarily unavailable", transient: true);
            default:
                return null;
        }
    }

    /// <summary>How long a <c>_ratelimited</c> Page is told to wait, in minutes (<c>estimated_time_to_regain_access</c>).</summary>
    public const int RateLimitedMinutes = 3;

    /// <summary>Top-level field names of a Graph <c>fields</c> list (<c>reactions.summary(total_count)</c> is <c>reactions</c>).</summary>
    public static HashSet<string> Fields(string? fields, params string[] defaults)
    {
        if (string.IsNullOrWhiteSpace(fields))
        {
            return [.. defaults];
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= fields.Length; i++)
        {
            if (i == fields.Length || (fields[i] == ',' && depth == 0))
            {
                var field = fields[start..i].Trim();
                var end = field.IndexOfAny(['.', '(', '{']);
                names.Add(end < 0 ? field : field[..end]);
                start = i + 1;
            }
            else if (fields[i] is '(' or '{')
            {
                depth++;
            }
            else if (fields[i] is ')' or '}')
            {
                depth--;
            }
        }

        return names;
    }

    private static void Usage(HttpContext http, FacebookCaller caller, int callCount, int regainMinutes)
    {
        if (caller.IsPage)
        {
            http.Response.Headers["X-Business-Use-Case-Usage"] = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                [caller.Account.ProviderAccountId] = new[]
                {
                    new { type = "pages", call_count = callCount, total_cputime = 1, total_time = 1, estimated_time_to_regain_access = regainMinutes },
                },
            });
        }
        else
        {
            http.Response.Headers["X-App-Usage"] = JsonSerializer.Serialize(new { call_count = callCount, total_cputime = 1, total_time = 1 });
        }
    }
}
