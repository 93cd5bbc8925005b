using Pikar.Integrations.Providers;

namespace Pikar.Integrations.Social;

/// <summary>Reads a connection through its network's <see cref="ISocialNetworkApi"/>.</summary>
internal sealed class SocialAnalytics(ConnectionCalls calls, IEnumerable<ISocialNetworkApi> networks) : ISocialAnalytics
{
    public Task<SocialAccountResult> ReadAccountAsync(Guid connectionId, CancellationToken cancellationToken) =>
        calls.CallAsync(connectionId, provider: null,
            c => NetworkOf(c).ReadAccountAsync(c.Http, c.AccessToken, c.AccountId, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<SocialPostResult>> ReadRecentPostsAsync(Guid connectionId, int limit, CancellationToken cancellationToken) =>
        calls.CallAsync(connectionId, provider: null,
            c => NetworkOf(c).ReadRecentPostsAsync(c.Http, c.AccessToken, c.AccountId, limit, cancellationToken), cancellationToken);

    private ISocialNetworkApi NetworkOf(ConnectionCall call) =>
        networks.SingleOrDefault(n => n.Provider == call.Provider)
        ?? throw new ProviderRequestException(call.Provider, $"{IntegrationProviders.DisplayName(call.Provider)} is not a social network Pikar reads.");
}
