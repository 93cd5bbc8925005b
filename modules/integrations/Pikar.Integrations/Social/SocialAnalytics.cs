using Pikar.Integrations.Providers;

namespace Pikar.Integrations.Social;

/// <summary>Reads and publishes for a connection through its network's <see cref="ISocialNetworkApi"/>.</summary>
internal sealed class SocialAnalytics(ConnectionCalls calls, IEnumerable<ISocialNetworkApi> networks) : ISocialAnalytics, ISocialPublisher
{
    public Task<SocialAccountResult> ReadAccountAsync(Guid connectionId, CancellationToken cancellationToken) =>
        calls.CallAsync(connectionId, provider: null,
            c => NetworkOf(c).ReadAccountAsync(c.Http, c.AccessToken, c.AccountId, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<SocialPostResult>> ReadRecentPostsAsync(Guid connectionId, int limit, CancellationToken cancellationToken) =>
        calls.CallAsync(connectionId, provider: null,
            c => NetworkOf(c).ReadRecentPostsAsync(c.Http, c.AccessToken, c.AccountId, limit, cancellationToken), cancellationToken);

    public Task<SocialPublishedResult> PublishAsync(Guid connectionId, string text, CancellationToken cancellationToken) =>
        calls.CallAsync(connectionId, provider: null,
            c => NetworkOf(c).PublishAsync(c.Http, c.AccessToken, c.AccountId, text, cancellationToken), cancellationToken);

    /// <summary>Looks among the account's latest posts: an unknown outcome is always about a post made moments ago.</summary>
    public async Task<SocialPublishedResult?> FindPublishedAsync(Guid connectionId, string text, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var recent = await ReadRecentPostsAsync(connectionId, RecentPostsToSearch, cancellationToken);
        return recent.Where(p => p.PublishedAt >= since - ClockSkew && string.Equals(p.Text.Trim(), text.Trim(), StringComparison.Ordinal))
            .Select(p => new SocialPublishedResult(p.PostId, p.Url))
            .FirstOrDefault();
    }

    private const int RecentPostsToSearch = 20;

    /// <summary>The network's clock and ours may disagree a little about when a post was made.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    private ISocialNetworkApi NetworkOf(ConnectionCall call) =>
        networks.SingleOrDefault(n => n.Provider == call.Provider)
        ?? throw new ProviderRequestException(call.Provider, $"{IntegrationProviders.DisplayName(call.Provider)} is not a social network Pikar reads.");
}
