namespace Pikar.Integrations.Social;

/// <summary>The measures a social network may report for an account or a post.</summary>
public enum SocialMetric
{
    Followers,
    Impressions,
    Reach,
    Likes,
    Comments,
    Shares,
}

/// <summary>
/// A connected account as its network reports it now. A metric the network did not give is null, with the
/// reason in <see cref="Unavailable"/>: never a silent zero.
/// </summary>
public sealed record SocialAccountResult(
    string AccountId, string DisplayName, long? Followers, IReadOnlyDictionary<SocialMetric, string> Unavailable,
    SocialPageInsightsResult? PageInsights = null);

/// <summary>
/// What a network reports for the whole page over the last 28 days (Facebook's Page insights), beyond its posts;
/// null for networks that report none. A metric it refused is null with the reason.
/// </summary>
public sealed record SocialPageInsightsResult(long? Impressions, long? Reach, IReadOnlyDictionary<SocialMetric, string> Unavailable);

/// <summary>One of the account's posts with its lifetime metrics so far; unavailable metrics are null with their reason.</summary>
public sealed record SocialPostResult(
    string PostId, string Text, DateTimeOffset PublishedAt, Uri? Url,
    long? Impressions, long? Reach, long? Likes, long? Comments, long? Shares,
    IReadOnlyDictionary<SocialMetric, string> Unavailable);

/// <summary>
/// Reads a connected social account of the current tenant (X, LinkedIn, Facebook) through its network's real
/// API or sandbox. Provider trouble surfaces as <see cref="Providers.ProviderException"/>s; a refused token also
/// marks the connection for reconnection and tells its owner.
/// </summary>
public interface ISocialAnalytics
{
    Task<SocialAccountResult> ReadAccountAsync(Guid connectionId, CancellationToken cancellationToken);

    /// <summary>The account's most recent posts, newest first (at most <paramref name="limit"/>).</summary>
    Task<IReadOnlyList<SocialPostResult>> ReadRecentPostsAsync(Guid connectionId, int limit, CancellationToken cancellationToken);
}

/// <summary>
/// What a sandbox account would have reported at a past moment (its metrics are a pure function of time), so demo
/// data can hold weeks of history that the live syncs then continue without a jump.
/// </summary>
public interface ISandboxHistory
{
    /// <summary>The account and its posts as of <paramref name="at"/>; null unless the connection is a sandbox account.</summary>
    Task<(SocialAccountResult Account, IReadOnlyList<SocialPostResult> Posts)?> ReadAsOfAsync(Guid connectionId, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>A post the network accepted: its id there and where people see it.</summary>
public sealed record SocialPublishedResult(string PostId, Uri? Url);

/// <summary>
/// Publishes to a connected social account of the current tenant. Networks take no idempotency key, so a caller that
/// does not know whether an earlier attempt went through asks <see cref="FindPublishedAsync"/> before posting again:
/// that is how a retry never posts twice.
/// </summary>
public interface ISocialPublisher
{
    Task<SocialPublishedResult> PublishAsync(Guid connectionId, string text, CancellationToken cancellationToken);

    /// <summary>The account's post with exactly this text published since <paramref name="since"/>, if the network has one.</summary>
    Task<SocialPublishedResult?> FindPublishedAsync(Guid connectionId, string text, DateTimeOffset since, CancellationToken cancellationToken);
}
