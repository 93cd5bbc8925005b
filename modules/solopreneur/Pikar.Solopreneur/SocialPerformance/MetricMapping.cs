using System.Text.Json;
using Pikar.Integrations.Social;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>From the networks' figures to stored ones and to what the API shows, keeping every unavailable metric's reason.</summary>
internal static class MetricMapping
{
    private static readonly SocialMetric[] PostMetrics = [SocialMetric.Impressions, SocialMetric.Reach, SocialMetric.Likes, SocialMetric.Comments, SocialMetric.Shares];

    public static string Name(SocialMetric metric) => JsonNamingPolicy.CamelCase.ConvertName(metric.ToString());

    public static MetricValues From(SocialPostResult post) => new()
    {
        Impressions = post.Impressions,
        Reach = post.Reach,
        Likes = post.Likes,
        Comments = post.Comments,
        Shares = post.Shares,
        Unavailable = post.Unavailable.ToDictionary(p => Name(p.Key), p => p.Value),
    };

    public static PageInsights? From(SocialPageInsightsResult? insights) => insights is null
        ? null
        : new PageInsights(insights.Impressions, insights.Reach, insights.Unavailable.ToDictionary(p => Name(p.Key), p => p.Value));

    public static SocialPageInsightsDto? ToDto(PageInsights? insights) => insights is null
        ? null
        : new SocialPageInsightsDto(insights.Impressions, insights.Reach, insights.Unavailable);

    /// <summary>
    /// The recent posts' totals. A metric missing on any post is unavailable for the total too (a partial sum
    /// would read as a drop); no posts at all is a true zero.
    /// </summary>
    public static MetricValues Total(IReadOnlyList<SocialPostResult> posts)
    {
        var unavailable = new Dictionary<string, string>();
        foreach (var metric in PostMetrics)
        {
            if (posts.FirstOrDefault(p => p.Unavailable.ContainsKey(metric)) is { } missing)
            {
                unavailable[Name(metric)] = missing.Unavailable[metric];
            }
        }

        long? Sum(SocialMetric metric, Func<SocialPostResult, long?> value) =>
            unavailable.ContainsKey(Name(metric)) ? null : posts.Sum(p => value(p) ?? 0);

        return new MetricValues
        {
            Impressions = Sum(SocialMetric.Impressions, p => p.Impressions),
            Reach = Sum(SocialMetric.Reach, p => p.Reach),
            Likes = Sum(SocialMetric.Likes, p => p.Likes),
            Comments = Sum(SocialMetric.Comments, p => p.Comments),
            Shares = Sum(SocialMetric.Shares, p => p.Shares),
            Unavailable = unavailable,
        };
    }

    public static bool Same(MetricValues a, MetricValues b) =>
        a.Impressions == b.Impressions && a.Reach == b.Reach && a.Likes == b.Likes && a.Comments == b.Comments && a.Shares == b.Shares
        && a.Unavailable.Count == b.Unavailable.Count && !a.Unavailable.Except(b.Unavailable).Any();

    public static MetricValues Copy(MetricValues m) => new()
    {
        Impressions = m.Impressions, Reach = m.Reach, Likes = m.Likes, Comments = m.Comments, Shares = m.Shares,
        Unavailable = new Dictionary<string, string>(m.Unavailable),
    };

    public static SocialMetricsDto ToDto(DateTimeOffset capturedAt, long? followers, string? followersUnavailable, MetricValues m)
    {
        var unavailable = new Dictionary<string, string>(m.Unavailable);
        if (followersUnavailable is not null)
        {
            unavailable[Name(SocialMetric.Followers)] = followersUnavailable;
        }

        long? engagements = m is { Likes: { } likes, Comments: { } comments, Shares: { } shares } ? likes + comments + shares : null;
        if (engagements is null)
        {
            unavailable["engagements"] = "Needs likes, comments and shares, and the network did not give them all.";
        }

        double? rate = engagements is { } e && m.Impressions is > 0 ? Math.Round((double)e / m.Impressions.Value, 4) : null;
        if (rate is null)
        {
            unavailable["engagementRate"] = m.Impressions is 0 ? "No impressions yet." : "Needs engagements and impressions, and the network did not give them both.";
        }

        return new SocialMetricsDto(capturedAt, followers, m.Impressions, m.Reach, m.Likes, m.Comments, m.Shares, engagements, rate, unavailable);
    }
}
