namespace Pikar.Integrations.Social;

/// <summary>
/// The account behind a freshly authorized token. <see cref="AccessToken"/> replaces the authorized token when
/// the network acts through another one (a Facebook Page acts with its page token, not the user's).
/// </summary>
internal sealed record AuthorizedIdentity(string AccountId, string DisplayName, string? AccessToken = null, DateTimeOffset? AccessTokenExpiresAt = null);

/// <summary>
/// One social network's API as Pikar reads it. Implementations speak the network's wire format to whatever base
/// address the given <see cref="HttpClient"/> has (the real service or its sandbox), and map 401, 429 and 5xx to
/// <see cref="Providers.ProviderException"/>s.
/// </summary>
internal interface ISocialNetworkApi
{
    string Provider { get; }

    /// <summary>The scopes Pikar asks for when connecting an account.</summary>
    IReadOnlyList<string> Scopes { get; }

    Task<AuthorizedIdentity> IdentifyAsync(HttpClient http, string accessToken, CancellationToken ct);

    Task<SocialAccountResult> ReadAccountAsync(HttpClient http, string accessToken, string accountId, CancellationToken ct);

    Task<IReadOnlyList<SocialPostResult>> ReadRecentPostsAsync(HttpClient http, string accessToken, string accountId, int limit, CancellationToken ct);

    Task<SocialPublishedResult> PublishAsync(HttpClient http, string accessToken, string accountId, string text, CancellationToken ct);
}
