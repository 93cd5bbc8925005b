using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using static Pikar.Integrations.Sandbox.Facebook.FacebookSandboxHttp;

namespace Pikar.Integrations.Sandbox.Facebook;

/// <summary>A Page post's insights in the sandbox, from <see cref="SandboxMetrics"/> so every view of a post agrees.</summary>
internal static class FacebookSandboxInsights
{
    private const string Provider = FacebookSandboxPages.Provider;

    /// <summary>The post metrics the sandbox's insights know; Graph refuses any other name as not a valid metric.</summary>
    private static readonly Dictionary<string, (string Title, string Description)> Metrics = new(StringComparer.Ordinal)
    {
        ["post_impressions"] = ("Lifetime Post Total Impressions", "Lifetime: The number of times your Page's post entered a person's screen. (Total Count)"),
        ["post_impressions_unique"] = ("Lifetime Post Total Reach", "Lifetime: The number of people who had your Page's post enter their screen. (Unique Users)"),
    };

    /// <summary>The Page metrics the sandbox's insights know, over <c>days_28</c>.</summary>
    private static readonly Dictionary<string, (string Title, string Description)> PageMetrics = new(StringComparer.Ordinal)
    {
        ["page_impressions"] = ("28 Days Total Impressions", "28 Days: The number of times any content from your Page or about your Page entered a person's screen. (Total Count)"),
        ["page_impressions_unique"] = ("28 Days Total Reach", "28 Days: The number of people who had any content from your Page or about your Page enter their screen. (Unique Users)"),
    };

    /// <summary>
    /// Mirrors <c>GET /{post-id}/insights?metric=…</c> (a Page token's): lifetime values in Graph's insights shape. A name
    /// Graph does not know, or any metric of a <c>_nometrics</c> Page, is refused as Graph refuses deprecated metrics.
    /// </summary>
    public static async Task<IResult> GetAsync(HttpContext http, string id, PikarDbContext db, SandboxTokens tokens, TimeProvider clock,
        [FromQuery(Name = "metric")] string? metric, [FromQuery(Name = "period")] string? period, CancellationToken ct)
    {
        if (await CallerAsync(http, db, tokens, ct) is not { } caller)
        {
            return InvalidToken();
        }

        if (Simulated(http, caller) is { } trouble)
        {
            return trouble;
        }

        if (caller.IsPage && caller.Account.ProviderAccountId == id)
        {
            return await PageInsightsAsync(http, caller, db, clock, metric, period, ct);
        }

        if (!caller.IsPage || caller.Account.ProviderAccountId != FacebookSandboxPages.PageIdOf(id))
        {
            return Error(StatusCodes.Status400BadRequest, 210, "(#210) A page access token is required to request this resource.");
        }

        var post = await db.Set<SandboxPost>().SingleOrDefaultAsync(p => p.Provider == Provider && p.ProviderPostId == id && p.DeletionTime == null, ct);
        if (post is null)
        {
            return UnsupportedRequest("get", id);
        }

        var names = (metric ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0 || names.Any(n => !Metrics.ContainsKey(n)) || SandboxHandles.HidesMetrics(FacebookSandboxPages.OwnerHandle(caller.Account)))
        {
            return Error(StatusCodes.Status400BadRequest, 100, "(#100) The value must be a valid insights metric");
        }

        var figures = SandboxMetrics.ForPost(post.ProviderPostId, clock.GetUtcNow() - post.CreationTime);
        var data = names.Distinct().Select(name => new
        {
            name,
            period = "lifetime",
            values = new[] { new { value = name == "post_impressions" ? figures.Impressions : figures.Reach } },
            title = Metrics[name].Title,
            description = Metrics[name].Description,
            id = $"{id}/insights/{name}/lifetime",
        }).ToList();
        return Ok(http, caller, new { data });
    }

    /// <summary>
    /// Mirrors <c>GET /{page-id}/insights?metric=…&amp;period=days_28</c>: what the Page's posts gathered in the 28 days
    /// before yesterday's and today's end, as Graph gives the two latest values.
    /// </summary>
    private static async Task<IResult> PageInsightsAsync(HttpContext http, FacebookCaller caller, PikarDbContext db, TimeProvider clock,
        string? metric, string? period, CancellationToken ct)
    {
        var names = (metric ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (period != "days_28" || names.Length == 0 || names.Any(n => !PageMetrics.ContainsKey(n))
            || SandboxHandles.HidesMetrics(FacebookSandboxPages.OwnerHandle(caller.Account)))
        {
            return Error(StatusCodes.Status400BadRequest, 100, "(#100) The value must be a valid insights metric");
        }

        var posts = await db.Set<SandboxPost>().AsNoTracking()
            .Where(p => p.AccountId == caller.Account.Id && p.DeletionTime == null).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var data = names.Distinct().Select(name => new
        {
            name,
            period = "days_28",
            values = new[] { now.AddDays(-1), now }.Select(end => new
            {
                value = SandboxMetrics.GatheredIn(posts, end, TimeSpan.FromDays(28), name == "page_impressions" ? m => m.Impressions : m => m.Reach),
                end_time = end.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss+0000", System.Globalization.CultureInfo.InvariantCulture),
            }).ToList(),
            title = PageMetrics[name].Title,
            description = PageMetrics[name].Description,
            id = $"{caller.Account.ProviderAccountId}/insights/{name}/days_28",
        }).ToList();
        return Ok(http, caller, new { data });
    }
}
