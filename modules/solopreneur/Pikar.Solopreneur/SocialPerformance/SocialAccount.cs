using Pikar.Domain;
using Pikar.MultiTenancy;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>How syncing a connected social account goes: the last outcome, when the next sync is due, and the latest follower count.</summary>
internal sealed class SocialAccount : Entity, IMultiTenant
{
    public const int MaxErrorLength = 1000;

    public static readonly TimeSpan SyncInterval = TimeSpan.FromHours(1);
    public static readonly TimeSpan RetryInterval = TimeSpan.FromMinutes(15);

    public Guid? TenantId { get; private set; }

    /// <summary>The integrations module's connection this account is.</summary>
    public Guid ConnectionId { get; init; }

    public required string Provider { get; init; }

    public SyncStatus Status { get; private set; } = SyncStatus.Pending;

    public DateTimeOffset? LastSyncTime { get; private set; }

    public DateTimeOffset? LastSuccessTime { get; private set; }

    public DateTimeOffset? NextSyncTime { get; private set; }

    public string? LastError { get; private set; }

    public long? Followers { get; private set; }

    public string? FollowersUnavailable { get; private set; }

    public long? PageImpressions { get; private set; }

    public long? PageReach { get; private set; }

    /// <summary>Null for networks that report no page figures; else the page metrics refused, with the reason.</summary>
    public Dictionary<string, string>? PageInsightsUnavailable { get; private set; }

    /// <summary>The page's own figures over the last 28 days, for networks that report them (Facebook); null otherwise.</summary>
    public PageInsights? PageInsights => PageInsightsUnavailable is { } unavailable ? new PageInsights(PageImpressions, PageReach, unavailable) : null;

    public void Succeeded(long? followers, string? followersUnavailable, PageInsights? pageInsights, DateTimeOffset now)
    {
        PageImpressions = pageInsights?.Impressions;
        PageReach = pageInsights?.Reach;
        PageInsightsUnavailable = pageInsights?.Unavailable;
        Status = SyncStatus.Succeeded;
        LastSyncTime = now;
        LastSuccessTime = now;
        NextSyncTime = now + SyncInterval;
        LastError = null;
        Followers = followers;
        FollowersUnavailable = followersUnavailable;
    }

    public void Failed(SyncStatus status, string error, DateTimeOffset now, TimeSpan? retryAfter)
    {
        Status = status;
        LastSyncTime = now;
        LastError = error.Length <= MaxErrorLength ? error : error[..(MaxErrorLength - 1)] + "…";
        // A refused token waits for the user to reconnect; anything else is tried again.
        NextSyncTime = status == SyncStatus.ReauthRequired ? null : now + (retryAfter ?? RetryInterval);
    }

    /// <summary>An engagement webhook or a reconnect: sync at the next chance.</summary>
    public void Due(DateTimeOffset now) => NextSyncTime = now;
}

/// <summary>A page's impressions and reach over 28 days; a metric the network refused is null, named in <see cref="Unavailable"/>.</summary>
internal sealed record PageInsights(long? Impressions, long? Reach, Dictionary<string, string> Unavailable);

/// <summary>The outcome of the last sync of a social account.</summary>
public enum SyncStatus
{
    /// <summary>Not synced yet.</summary>
    Pending,
    Succeeded,
    /// <summary>The network asked to slow down; the next sync waits as long as it asked.</summary>
    RateLimited,
    /// <summary>The network failed or could not be reached; tried again later.</summary>
    Failed,
    /// <summary>The network refused the token: the account must be reconnected.</summary>
    ReauthRequired,
}
