using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using static Pikar.Integrations.Sandbox.LinkedIn.LinkedInSandboxResponses;

namespace Pikar.Integrations.Sandbox.LinkedIn;

/// <summary>The LinkedIn sandbox's engagement figures, from <see cref="SandboxMetrics"/> so every sandbox agrees with Pikar's sandbox timeline.</summary>
internal static class LinkedInSandboxStatistics
{
    /// <summary>GET <c>/rest/socialActions/{postUrn}</c>: a post's likes and comments summaries.</summary>
    public static Task<IResult> GetSocialActionsAsync(HttpContext http, string urn, PikarDbContext db, TimeProvider clock, CancellationToken ct) =>
        AsMemberAsync(http, async member =>
        {
            var (post, refusal) = await OwnPostAsync(db, member, urn, ct);
            if (post is null)
            {
                return refusal!;
            }

            var metrics = SandboxMetrics.ForPost(post.ProviderPostId, clock.GetUtcNow() - post.CreationTime);
            return Results.Json(new
            {
                target = post.ProviderPostId,
                likesSummary = new { selectedLikes = Array.Empty<string>(), likedByCurrentUser = false, totalLikes = metrics.Likes, aggregatedTotalLikes = metrics.Likes },
                commentsSummary = new { selectedComments = Array.Empty<string>(), totalFirstLevelComments = metrics.Comments, aggregatedTotalComments = metrics.Comments },
            });
        });

    /// <summary>
    /// GET <c>/rest/organizationalEntityShareStatistics?q=organizationalEntity&amp;organizationalEntity={urn}&amp;shares=List(...)</c>:
    /// lifetime statistics per listed post, or the page's aggregate when none is listed.
    /// </summary>
    public static Task<IResult> GetShareStatisticsAsync(HttpContext http, PikarDbContext db, TimeProvider clock, string? q, string? organizationalEntity, CancellationToken ct) =>
        AsMemberAsync(http, async member =>
        {
            if (q != "organizationalEntity")
            {
                return BadRequest("This sandbox serves the organizationalEntity finder (q=organizationalEntity).");
            }

            if (await LinkedInSandboxDirectory.AdministeredAsync(db, member, organizationalEntity, ct) is not { } organization)
            {
                return Forbidden($"share statistics of {organizationalEntity ?? "(no organizationalEntity)"}");
            }

            var listed = RestliList(http.Request.Query["shares"]).Concat(RestliList(http.Request.Query["ugcPosts"])).ToList();
            var posts = await db.Set<SandboxPost>()
                .Where(p => p.AccountId == organization.Id && p.DeletionTime == null && (listed.Count == 0 || listed.Contains(p.ProviderPostId)))
                .ToListAsync(ct);
            var now = clock.GetUtcNow();
            var figures = posts.ToDictionary(p => p.ProviderPostId, p => SandboxMetrics.ForPost(p.ProviderPostId, now - p.CreationTime));
            var hide = SandboxHandles.HidesMetrics(member.Handle);
            var elements = listed.Count == 0
                ? [new Dictionary<string, object> { ["organizationalEntity"] = organizationalEntity!, ["totalShareStatistics"] = Statistics(figures.Values, hide) }]
                : figures.Select(f => new Dictionary<string, object>
                {
                    ["share"] = f.Key, ["organizationalEntity"] = organizationalEntity!, ["totalShareStatistics"] = Statistics([f.Value], hide),
                }).ToList();
            return Results.Json(new { paging = LinkedInSandboxApi.Paging(elements.Count), elements });
        });

    private static Dictionary<string, object> Statistics(IEnumerable<SandboxMetrics.PostMetrics> posts, bool hideImpressions)
    {
        long impressions = 0, reach = 0, likes = 0, comments = 0, shares = 0, clicks = 0;
        foreach (var m in posts)
        {
            (impressions, reach, likes, comments, shares, clicks) =
                (impressions + m.Impressions, reach + m.Reach, likes + m.Likes, comments + m.Comments, shares + m.Shares, clicks + m.Clicks);
        }

        var statistics = new Dictionary<string, object>
        {
            ["clickCount"] = clicks, ["likeCount"] = likes, ["commentCount"] = comments, ["shareCount"] = shares,
            ["commentMentionsCount"] = 0, ["shareMentionsCount"] = 0,
            ["engagement"] = impressions == 0 ? 0d : (double)(clicks + likes + comments + shares) / impressions,
        };

        // As if LinkedIn had deprecated impressions for this app: the fields are simply absent.
        if (!hideImpressions)
        {
            statistics["impressionCount"] = impressions;
            statistics["uniqueImpressionsCount"] = reach;
        }

        return statistics;
    }

    /// <summary>The items of a Rest.li 2.0 list parameter, <c>List(urn%3Ali%3Ashare%3A1,...)</c> (already URL-decoded).</summary>
    private static string[] RestliList(string? value) =>
        value is not null && value.StartsWith("List(", StringComparison.Ordinal) && value.EndsWith(')')
            ? value["List(".Length..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
}
