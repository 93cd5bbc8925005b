using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Authorization;
using Pikar.Data;

namespace Pikar.Integrations.Sandbox.X;

/// <summary>
/// The X sandbox under <c>/sandbox/x</c>: its OAuth 2.0 endpoints (<see cref="XSandboxOAuth"/>) and the API v2
/// routes Pikar uses, in X's wire format, so the real X client code is what talks to it.
/// </summary>
internal static class XSandboxEndpoints
{
    public const string Prefix = "/sandbox/x";
    private const string Provider = IntegrationProviders.X;

    public static void MapXSandbox(this IEndpointRouteBuilder app)
    {
        var sandbox = app.MapGroup(Prefix)
            .AllowAnonymous("The X sandbox stands in for an external provider; its API checks its own bearer tokens.")
            .ExcludeFromDescription();

        sandbox.MapXSandboxOAuth();
        sandbox.MapGet("/2/users/me", GetMeAsync);
        sandbox.MapPost("/2/tweets", PostTweetAsync).DisableAntiforgery();
        sandbox.MapDelete("/2/tweets/{id}", DeleteTweetAsync);
        sandbox.MapGet("/2/tweets", GetTweetsAsync);
        sandbox.MapGet("/2/users/{id}/tweets", GetUserTweetsAsync);
        sandbox.MapPost("/simulate/engagement", XSandboxSimulations.EngageAsync).DisableAntiforgery().OnlyWhereSimulationsAreOn();
        sandbox.MapPost("/simulate/revoke", XSandboxSimulations.RevokeAsync).DisableAntiforgery().OnlyWhereSimulationsAreOn();
    }

    private static async Task<IResult> GetMeAsync(HttpContext http, PikarDbContext db, SandboxTokens tokens, TimeProvider clock,
        [FromQuery(Name = "user.fields")] string? fields, CancellationToken ct)
    {
        if (await SandboxHttp.BearerAccountAsync(http, Provider, db, tokens, ct) is not { } account)
        {
            return Unauthorized(http);
        }

        if (Simulated(http, account) is { } trouble)
        {
            return trouble;
        }

        var posts = await db.Set<SandboxPost>().CountAsync(p => p.AccountId == account.Id && p.DeletionTime == null, ct);
        var user = new Dictionary<string, object> { ["id"] = account.ProviderAccountId, ["name"] = account.Name, ["username"] = account.Handle };
        if (Requested(fields, "public_metrics"))
        {
            user["public_metrics"] = new Dictionary<string, long>
            {
                ["followers_count"] = SandboxMetrics.Followers(account.ProviderAccountId, clock.GetUtcNow() - account.CreationTime, posts),
                ["following_count"] = 42,
                ["tweet_count"] = posts,
                ["listed_count"] = 1,
            };
        }

        return Api(http, new { data = user });
    }

    private static async Task<IResult> PostTweetAsync(HttpContext http, PikarDbContext db, SandboxTokens tokens, TimeProvider clock, CancellationToken ct)
    {
        if (await SandboxHttp.BearerAccountAsync(http, Provider, db, tokens, ct) is not { } account)
        {
            return Unauthorized(http);
        }

        if (Simulated(http, account) is { } trouble)
        {
            return trouble;
        }

        string? text = null;
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: ct);
            if (body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String)
            {
                text = value.GetString();
            }
        }
        catch (JsonException)
        {
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > 280)
        {
            return Results.Json(new
            {
                errors = new[] { new { message = "text must be 1 to 280 characters." } },
                title = "Invalid Request",
                detail = "One or more parameters to your request was invalid.",
                type = "https://api.twitter.com/2/problems/invalid-request",
            }, statusCode: StatusCodes.Status400BadRequest);
        }

        var post = new SandboxPost { Provider = Provider, ProviderPostId = NewId(clock), AccountId = account.Id, Text = text, CreationTime = clock.GetUtcNow() };
        db.Add(post);
        await db.SaveChangesAsync(ct);
        return Api(http, new { data = new { id = post.ProviderPostId, text = post.Text } }, StatusCodes.Status201Created);
    }

    private static async Task<IResult> DeleteTweetAsync(HttpContext http, string id, PikarDbContext db, SandboxTokens tokens, TimeProvider clock, CancellationToken ct)
    {
        if (await SandboxHttp.BearerAccountAsync(http, Provider, db, tokens, ct) is not { } account)
        {
            return Unauthorized(http);
        }

        if (Simulated(http, account) is { } trouble)
        {
            return trouble;
        }

        var post = await db.Set<SandboxPost>().SingleOrDefaultAsync(p => p.Provider == Provider && p.ProviderPostId == id && p.AccountId == account.Id, ct);
        if (post is { DeletionTime: null })
        {
            post.DeletionTime = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        return Api(http, new { data = new { deleted = post is not null } });
    }

    private static async Task<IResult> GetTweetsAsync(HttpContext http, PikarDbContext db, SandboxTokens tokens, TimeProvider clock,
        [FromQuery(Name = "ids")] string? ids, [FromQuery(Name = "tweet.fields")] string? fields, CancellationToken ct)
    {
        if (await SandboxHttp.BearerAccountAsync(http, Provider, db, tokens, ct) is not { } account)
        {
            return Unauthorized(http);
        }

        if (Simulated(http, account) is { } trouble)
        {
            return trouble;
        }

        var wanted = (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(100).ToList();
        var posts = await db.Set<SandboxPost>()
            .Where(p => p.Provider == Provider && wanted.Contains(p.ProviderPostId) && p.DeletionTime == null)
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        var data = posts.Select(p => ToTweet(p, fields, account, now)).ToList();
        var missing = wanted.Except(posts.Select(p => p.ProviderPostId)).Select(id => new
        {
            value = id, detail = $"Could not find tweet with ids: [{id}].", title = "Not Found Error", resource_type = "tweet",
            parameter = "ids", resource_id = id, type = "https://api.twitter.com/2/problems/resource-not-found",
        }).ToList();
        return Api(http, missing.Count > 0 ? new { data, errors = missing } : new { data });
    }

    private static async Task<IResult> GetUserTweetsAsync(HttpContext http, string id, PikarDbContext db, SandboxTokens tokens, TimeProvider clock,
        [FromQuery(Name = "max_results")] int? maxResults, [FromQuery(Name = "tweet.fields")] string? fields, CancellationToken ct)
    {
        if (await SandboxHttp.BearerAccountAsync(http, Provider, db, tokens, ct) is not { } account)
        {
            return Unauthorized(http);
        }

        if (Simulated(http, account) is { } trouble)
        {
            return trouble;
        }

        if (maxResults is < 5 or > 100)
        {
            return Results.Json(new
            {
                errors = new[] { new { message = "The `max_results` query parameter value is not between 5 and 100." } },
                title = "Invalid Request", detail = "One or more parameters to your request was invalid.", type = "https://api.twitter.com/2/problems/invalid-request",
            }, statusCode: StatusCodes.Status400BadRequest);
        }

        var posts = await db.Set<SandboxPost>()
            .Where(p => p.Provider == Provider && p.DeletionTime == null && db.Set<SandboxAccount>().Any(a => a.Id == p.AccountId && a.ProviderAccountId == id))
            .OrderByDescending(p => p.CreationTime)
            .Take(maxResults ?? 10)
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        var meta = new Dictionary<string, object> { ["result_count"] = posts.Count };
        if (posts.Count > 0)
        {
            meta["newest_id"] = posts[0].ProviderPostId;
            meta["oldest_id"] = posts[^1].ProviderPostId;
        }

        return posts.Count == 0
            ? Api(http, new { meta })
            : Api(http, new { data = posts.Select(p => ToTweet(p, fields, account, now)).ToList(), meta });
    }

    private static Dictionary<string, object> ToTweet(SandboxPost p, string? fields, SandboxAccount account, DateTimeOffset now)
    {
        var metrics = SandboxMetrics.ForPost(p.ProviderPostId, now - p.CreationTime);
        var tweet = new Dictionary<string, object> { ["id"] = p.ProviderPostId, ["text"] = p.Text };
        if (Requested(fields, "created_at"))
        {
            tweet["created_at"] = p.CreationTime.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        }

        if (Requested(fields, "public_metrics"))
        {
            tweet["public_metrics"] = new Dictionary<string, long>
            {
                ["retweet_count"] = metrics.Reposts, ["reply_count"] = metrics.Replies, ["like_count"] = metrics.Likes,
                ["quote_count"] = metrics.Quotes, ["bookmark_count"] = metrics.Bookmarks, ["impression_count"] = metrics.Impressions,
            };
        }

        // Private metrics only for the author's own posts, as on X.
        if (Requested(fields, "non_public_metrics") && p.AccountId == account.Id && !SandboxHandles.HidesMetrics(account.Handle))
        {
            tweet["non_public_metrics"] = new Dictionary<string, long> { ["impression_count"] = metrics.Impressions };
        }

        return tweet;
    }

    /// <summary>The account's trouble on demand (see <see cref="SandboxHandles"/>) as X answers it.</summary>
    private static IResult? Simulated(HttpContext http, SandboxAccount account)
    {
        switch (SandboxHandles.Trouble(account.Handle))
        {
            case SandboxTrouble.Revoked:
                return Unauthorized(http);
            case SandboxTrouble.RateLimited:
                http.Response.Headers.RetryAfter = SandboxHandles.RateLimitedRetryAfter;
                http.Response.Headers["x-rate-limit-remaining"] = "0";
                return Results.Json(new { title = "Too Many Requests", type = "about:blank", status = 429, detail = "Too Many Requests" },
                    statusCode: StatusCodes.Status429TooManyRequests);
            case SandboxTrouble.Outage:
                return Results.Json(new { title = "Service Unavailable", type = "about:blank", status = 503, detail = "Service Unavailable" },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            default:
                return null;
        }
    }

    /// <summary>An API answer with X's rate-limit headers (a generous fixed window in the sandbox).</summary>
    private static IResult Api(HttpContext http, object body, int status = StatusCodes.Status200OK)
    {
        var reset = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().AddMinutes(15).ToUnixTimeSeconds();
        http.Response.Headers["x-rate-limit-limit"] = "900";
        http.Response.Headers["x-rate-limit-remaining"] = "899";
        http.Response.Headers["x-rate-limit-reset"] = reset.ToString(CultureInfo.InvariantCulture);
        return Results.Json(body, statusCode: status);
    }

    private static IResult Unauthorized(HttpContext http) =>
        Api(http, new { title = "Unauthorized", type = "about:blank", status = 401, detail = "Unauthorized" }, StatusCodes.Status401Unauthorized);

    private static bool Requested(string? fields, string field) =>
        (fields ?? "").Split(',', StringSplitOptions.TrimEntries).Contains(field);

    /// <summary>A numeric id like X's snowflakes: time-ordered, unique enough for a sandbox.</summary>
    internal static string NewId(TimeProvider clock) =>
        ((clock.GetUtcNow().ToUnixTimeMilliseconds() << 16) + RandomNumberGenerator.GetInt32(65536)).ToString(CultureInfo.InvariantCulture);
}
