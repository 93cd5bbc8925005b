using Microsoft.AspNetCore.Mvc;
using Pikar.Integrations.Connections;
using Pikar.Paging;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>
/// A connected social account on the dashboard: the connection (its health), how syncing goes, and its latest
/// figures. A metric in <see cref="Unavailable"/> is missing for the reason given, never zero.
/// </summary>
public sealed record SocialAccountDto(
    Guid Id,
    string Provider,
    string ProviderDisplayName,
    string DisplayName,
    bool IsSandbox,
    ConnectionHealth Health,
    string? HealthError,
    SyncStatus SyncStatus,
    DateTimeOffset? LastSyncTime,
    DateTimeOffset? NextSyncTime,
    string? LastSyncError,
    SocialMetricsDto? Latest,
    SocialPageInsightsDto? PageInsights);

/// <summary>
/// The page's own impressions and reach over the last 28 days, for networks that report them (Facebook Page
/// insights); a metric in <see cref="Unavailable"/> was refused for the reason given.
/// </summary>
public sealed record SocialPageInsightsDto(long? Impressions, long? Reach, IReadOnlyDictionary<string, string> Unavailable);

/// <summary>
/// Figures at one moment: for an account, its followers and its recent posts' totals; for a post, its own.
/// <c>engagements</c> = likes + comments + shares; <c>engagementRate</c> = engagements / impressions.
/// </summary>
public sealed record SocialMetricsDto(
    DateTimeOffset CapturedAt,
    long? Followers,
    long? Impressions,
    long? Reach,
    long? Likes,
    long? Comments,
    long? Shares,
    long? Engagements,
    double? EngagementRate,
    IReadOnlyDictionary<string, string> Unavailable);

/// <summary>A metric series for the charts, oldest first; <c>unavailable</c> says why a metric is missing from the latest point.</summary>
public sealed record SocialMetricSeriesDto(IReadOnlyList<SocialMetricsDto> Points, IReadOnlyDictionary<string, string> Unavailable);

public sealed record SocialPostDto(
    Guid Id,
    Guid AccountId,
    string ProviderPostId,
    string Text,
    DateTimeOffset PublishedAt,
    string? Url,
    SocialMetricsDto Metrics);

/// <summary>Which account to connect, on the network's sandbox or for real.</summary>
public sealed record ConnectSocialAccountInput(string Provider, bool Sandbox);

public sealed record GetSocialMetricsInput
{
    /// <summary>Start of the range (default: 28 days ago).</summary>
    [FromQuery(Name = "from")]
    public DateTimeOffset? From { get; init; }

    /// <summary>End of the range (default: now).</summary>
    [FromQuery(Name = "to")]
    public DateTimeOffset? To { get; init; }

    /// <summary><c>hour</c> or <c>day</c> (default): one point per interval, the last taken in it.</summary>
    [FromQuery(Name = "interval")]
    public string? Interval { get; init; }
}

public sealed record GetSocialPostsInput : PagedAndSortedInput;
