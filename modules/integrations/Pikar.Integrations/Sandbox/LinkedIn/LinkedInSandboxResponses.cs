using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Data;

namespace Pikar.Integrations.Sandbox.LinkedIn;

/// <summary>How the LinkedIn sandbox's REST API answers: the member behind the token, LinkedIn's error JSON, and trouble on demand.</summary>
internal static class LinkedInSandboxResponses
{
    /// <summary>LinkedIn's versioned API refuses a call without <c>LinkedIn-Version: YYYYMM</c>.</summary>
    public static IResult? VersionMissing(HttpContext http) =>
        http.Request.Headers["LinkedIn-Version"].ToString() is { Length: 6 } version && version.All(char.IsAsciiDigit)
            ? null
            : Error(StatusCodes.Status400BadRequest, null, "VERSION_MISSING",
                "A version must be present. Please specify a version by adding the LinkedIn-Version header.");

    /// <summary>Answers as the member whose access token the request bears, unless the token is unknown or the member's handle asks for trouble.</summary>
    public static async Task<IResult> AsMemberAsync(HttpContext http, Func<SandboxAccount, Task<IResult>> answer)
    {
        var db = http.RequestServices.GetRequiredService<PikarDbContext>();
        var tokens = http.RequestServices.GetRequiredService<SandboxTokens>();
        if (await SandboxHttp.BearerAccountAsync(http, LinkedInSandboxDirectory.Provider, db, tokens, http.RequestAborted) is not { } member)
        {
            return Error(StatusCodes.Status401Unauthorized, 65600, "INVALID_ACCESS_TOKEN", "Invalid access token");
        }

        return Simulated(http, member) ?? await answer(member);
    }

    /// <summary>LinkedIn's error body: <c>{"status","serviceErrorCode","code","message"}</c>.</summary>
    public static IResult Error(int status, int? serviceErrorCode, string code, string message)
    {
        var body = new Dictionary<string, object> { ["status"] = status, ["code"] = code, ["message"] = message };
        if (serviceErrorCode is { } serviceCode)
        {
            body["serviceErrorCode"] = serviceCode;
        }

        return Results.Json(body, statusCode: status);
    }

    /// <summary>The live post behind a URN when the member's page wrote it; otherwise LinkedIn's 404 or 403.</summary>
    public static async Task<(SandboxPost? Post, IResult? Refusal)> OwnPostAsync(PikarDbContext db, SandboxAccount member, string urn, CancellationToken ct)
    {
        var organization = await LinkedInSandboxDirectory.OrganizationOfAsync(db, member, ct);
        var post = await db.Set<SandboxPost>().SingleOrDefaultAsync(
            p => p.Provider == LinkedInSandboxDirectory.Provider && p.ProviderPostId == urn && p.DeletionTime == null, ct);
        return post is null ? (null, NotFound(urn))
            : post.AccountId != organization?.Id ? (null, Forbidden(urn))
            : (post, null);
    }

    public static IResult Forbidden(string what) =>
        Error(StatusCodes.Status403Forbidden, 100, "ACCESS_DENIED", $"Not enough permissions to access: {what}");

    public static IResult NotFound(string what) =>
        Error(StatusCodes.Status404NotFound, null, "NOT_FOUND", $"{what} does not exist");

    public static IResult BadRequest(string message) =>
        Error(StatusCodes.Status400BadRequest, null, "ILLEGAL_ARGUMENT", message);

    /// <summary>
    /// The member's trouble on demand (see <see cref="SandboxHandles"/>) as LinkedIn answers it: 401 REVOKED_ACCESS_TOKEN,
    /// 429 (LinkedIn itself sends no Retry-After, the sandbox does so clients can show they honour it), 503.
    /// </summary>
    private static IResult? Simulated(HttpContext http, SandboxAccount member)
    {
        switch (SandboxHandles.Trouble(member.Handle))
        {
            case SandboxTrouble.Revoked:
                return Error(StatusCodes.Status401Unauthorized, 65601, "REVOKED_ACCESS_TOKEN", "The token used in the request has been revoked by the user");
            case SandboxTrouble.RateLimited:
                http.Response.Headers.RetryAfter = SandboxHandles.RateLimitedRetryAfter;
                return Error(StatusCodes.Status429TooManyRequests, 101, "TOO_MANY_REQUESTS",
                    "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.");
            case SandboxTrouble.Outage:
                return Error(StatusCodes.Status503ServiceUnavailable, null, "SERVICE_UNAVAILABLE", "Service Unavailable");
            default:
                return null;
        }
    }
}
