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

    /// <summary>
    /// Mirrors <c>GET /{post-id}/insights?metric=…</c> (a Page token's): lifetime values in Graph's insights shape. A name
    /// Graph does not know, or any metric of a <c>_nometrics</c> Page, is refused as Graph refuses deprecated metrics.
    /// </summary>
    public static async Task<IResult> GetAsync(HttpContext http, string id, PikarDbContext db, SandboxTokens tokens, TimeProvider clock,
        [FromQuery(Name = "metric")] string? metric, CancellationToken ct)
    {
        if (await CallerAsync(http, db, tokens, ct) is not { } caller)
        {
            return InvalidToken();
        }

        if (Simulated(http, caller) is { } trouble)
        {
            return trouble;
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
}
