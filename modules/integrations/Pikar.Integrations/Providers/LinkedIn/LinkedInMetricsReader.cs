using System.Text.Json;
using Pikar.Integrations.Social;

namespace Pikar.Integrations.Providers.LinkedIn;

/// <summary>A post's figures from LinkedIn's two answers, each missing one named with its reason.</summary>
internal static class LinkedInMetricsReader
{
    public static LinkedInPostMetrics Read(string postUrn, JsonElement statistics, JsonElement socialActions)
    {
        var unavailable = new Dictionary<SocialMetric, string>();
        var hasStatistics = statistics.ValueKind == JsonValueKind.Object;

        long? Statistic(string field, SocialMetric? metric)
        {
            if (LinkedInApiClient.Number(statistics, field) is { } value)
            {
                return value;
            }

            if (metric is { } named)
            {
                unavailable[named] = hasStatistics
                    ? $"LinkedIn did not return totalShareStatistics.{field} for this post (deprecated, or not granted to this app)."
                    : "LinkedIn returned no share statistics for this post (it keeps them for 12 months).";
            }

            return null;
        }

        long? Action(string summary, string field, SocialMetric metric)
        {
            if (socialActions.ValueKind == JsonValueKind.Object && socialActions.TryGetProperty(summary, out var counts)
                && LinkedInApiClient.Number(counts, field) is { } value)
            {
                return value;
            }

            unavailable[metric] = $"LinkedIn did not return {summary}.{field} for this post.";
            return null;
        }

        return new LinkedInPostMetrics(
            postUrn,
            Impressions: Statistic("impressionCount", SocialMetric.Impressions),
            Reach: Statistic("uniqueImpressionsCount", SocialMetric.Reach),
            Likes: Action("likesSummary", "totalLikes", SocialMetric.Likes),
            Comments: Action("commentsSummary", "aggregatedTotalComments", SocialMetric.Comments),
            Shares: Statistic("shareCount", SocialMetric.Shares),
            Clicks: Statistic("clickCount", metric: null),
            unavailable);
    }
}
