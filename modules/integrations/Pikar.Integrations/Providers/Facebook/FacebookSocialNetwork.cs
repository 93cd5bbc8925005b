using Microsoft.Extensions.Options;
using Pikar.Integrations.Connect;
using Pikar.Integrations.Social;

namespace Pikar.Integrations.Providers.Facebook;

/// <summary>
/// A Facebook Page as a social network: the account Pikar connects is the Page, acting with its own token, which
/// does not expire; followers from the Page, per post impressions and reach (insights), reactions, comments and shares.
/// </summary>
internal sealed class FacebookSocialNetwork(IOptions<IntegrationsOptions> options, TimeProvider clock) : ISocialNetworkApi
{
    public string Provider => IntegrationProviders.Facebook;

    public IReadOnlyList<string> Scopes => FacebookScopes.Requested;

    /// <summary>
    /// The login's user token is short-lived: it is traded for a long-lived one first, so that the Page token read with
    /// it does not expire. The first Page the user granted is the account; its token replaces the user's.
    /// </summary>
    public async Task<AuthorizedIdentity> IdentifyAsync(HttpClient http, string accessToken, CancellationToken ct)
    {
        var graph = new FacebookGraphClient(http, clock);
        var (appId, appSecret) = AppCredentials(http);
        var longLived = await graph.ExchangeForLongLivedTokenAsync(appId, appSecret, accessToken, ct);
        var pages = await graph.GetManagedPagesAsync(longLived.AccessToken, ct);
        var page = pages.Count > 0 ? pages[0] : throw new ProviderRequestException(Provider, "The Facebook user shared no Page with Pikar: connect again and choose a Page.");
        return new AuthorizedIdentity(page.Id, page.Name, page.AccessToken, AccessTokenExpiresAt: null);
    }

    public async Task<SocialAccountResult> ReadAccountAsync(HttpClient http, string accessToken, string accountId, CancellationToken ct)
    {
        var graph = new FacebookGraphClient(http, clock);
        var page = await graph.GetPageAsync(accessToken, accountId, ct);
        var unavailable = new Dictionary<SocialMetric, string>();
        if (page.Followers is null)
        {
            unavailable[SocialMetric.Followers] = "Facebook did not return followers_count for this Page.";
        }

        var insights = await graph.GetPageInsightsAsync(accessToken, accountId, ct);
        var insightsUnavailable = new Dictionary<SocialMetric, string>();
        insightsUnavailable.Carry(insights.Unavailable, "page_impressions", SocialMetric.Impressions);
        insightsUnavailable.Carry(insights.Unavailable, "page_impressions_unique", SocialMetric.Reach);
        return new SocialAccountResult(page.Id, page.Name, page.Followers, unavailable,
            new SocialPageInsightsResult(insights.Impressions, insights.Reach, insightsUnavailable));
    }

    /// <summary>The Page's posts, then each post's insights (Graph serves post insights one post at a time).</summary>
    public async Task<IReadOnlyList<SocialPostResult>> ReadRecentPostsAsync(HttpClient http, string accessToken, string accountId, int limit, CancellationToken ct)
    {
        var graph = new FacebookGraphClient(http, clock);
        var results = new List<SocialPostResult>();
        foreach (var post in await graph.GetRecentPostsAsync(accessToken, accountId, limit, ct))
        {
            var insights = await graph.GetPostInsightsAsync(accessToken, post.Id, ct);
            var unavailable = new Dictionary<SocialMetric, string>();
            unavailable.Carry(insights.Unavailable, "post_impressions", SocialMetric.Impressions);
            unavailable.Carry(insights.Unavailable, "post_impressions_unique", SocialMetric.Reach);
            if (post.Reactions is null)
            {
                unavailable[SocialMetric.Likes] = "Facebook did not return the post's reactions summary.";
            }

            if (post.Comments is null)
            {
                unavailable[SocialMetric.Comments] = "Facebook did not return the post's comments summary.";
            }

            results.Add(new SocialPostResult(post.Id, post.Message, post.CreatedTime, post.Permalink,
                insights.Impressions, insights.Reach, post.Reactions, post.Comments, post.Shares, unavailable));
        }

        return results;
    }

    /// <summary>The app that trades tokens: Pikar's sandbox app at the sandbox, the configured Meta app at Facebook.</summary>
    private (string Id, string Secret) AppCredentials(HttpClient http)
    {
        var sandbox = new Uri(options.Value.SandboxBaseUrl, "facebook/");
        if (http.BaseAddress is { } address && sandbox.IsBaseOf(address))
        {
            return (OAuthClientRegistrations.SandboxClientId, OAuthClientRegistrations.SandboxClientSecret);
        }

        return options.Value.Facebook is { AppId: { } id, AppSecret: { } secret }
            ? (id, secret)
            : throw new ProviderRequestException(Provider, "Facebook's app id and secret are not configured (Pikar:Integrations:Facebook).");
    }

    /// <summary>Publishes to the Page's feed; Graph answers only the id, and <c>facebook.com/{id}</c> opens the post.</summary>
    public async Task<SocialPublishedResult> PublishAsync(HttpClient http, string accessToken, string accountId, string text, CancellationToken ct)
    {
        var id = await new FacebookGraphClient(http, clock).PublishAsync(accessToken, accountId, text, ct);
        return new SocialPublishedResult(id, new Uri("https://www.facebook.com/" + id));
    }
}
