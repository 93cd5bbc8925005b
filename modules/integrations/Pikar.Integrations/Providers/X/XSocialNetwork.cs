using Pikar.Integrations.Social;

namespace Pikar.Integrations.Providers.X;

/// <summary>X as a social network: followers, and per post impressions and engagements (X does not measure reach).</summary>
internal sealed class XSocialNetwork(TimeProvider clock) : ISocialNetworkApi
{
    private const string NoReach = "X does not report reach (unique viewers), only impressions.";

    public string Provider => IntegrationProviders.X;

    public IReadOnlyList<string> Scopes => XScopes.Requested;

    public async Task<AuthorizedIdentity> IdentifyAsync(HttpClient http, string accessToken, CancellationToken ct)
    {
        var me = await new XApiClient(http, clock).GetMeAsync(accessToken, ct);
        return new AuthorizedIdentity(me.Id, "@" + me.Username);
    }

    public async Task<SocialAccountResult> ReadAccountAsync(HttpClient http, string accessToken, string accountId, CancellationToken ct)
    {
        var me = await new XApiClient(http, clock).GetMeAsync(accessToken, ct);
        var unavailable = new Dictionary<SocialMetric, string>();
        if (me.Followers is null)
        {
            unavailable[SocialMetric.Followers] = "X did not return public_metrics.followers_count for this account.";
        }

        return new SocialAccountResult(me.Id, "@" + me.Username, me.Followers, unavailable);
    }

    public async Task<IReadOnlyList<SocialPostResult>> ReadRecentPostsAsync(HttpClient http, string accessToken, string accountId, int limit, CancellationToken ct)
    {
        var posts = await new XApiClient(http, clock).GetRecentPostsAsync(accessToken, accountId, limit, ct);
        return posts.Select(ToResult).ToList();
    }

    public async Task<SocialPublishedResult> PublishAsync(HttpClient http, string accessToken, string accountId, string text, CancellationToken ct)
    {
        var post = await new XApiClient(http, clock).PostAsync(accessToken, text, ct);
        return new SocialPublishedResult(post.Id, PostUrl(post.Id));
    }

    private static Uri PostUrl(string id) => new($"https://x.com/i/web/status/{id}");

    private static SocialPostResult ToResult(XTimelinePost post)
    {
        var m = post.Metrics;
        var unavailable = new Dictionary<SocialMetric, string> { [SocialMetric.Reach] = NoReach };
        unavailable.Carry(m.Unavailable, "impressions", SocialMetric.Impressions);
        unavailable.Carry(m.Unavailable, "likes", SocialMetric.Likes);
        unavailable.Carry(m.Unavailable, "replies", SocialMetric.Comments);
        unavailable.Carry(m.Unavailable, "reposts", SocialMetric.Shares);
        unavailable.Carry(m.Unavailable, "quotes", SocialMetric.Shares);
        return new SocialPostResult(
            post.Id, post.Text, post.CreatedAt, PostUrl(post.Id),
            m.Impressions, Reach: null, m.Likes, m.Replies,
            m.Reposts is { } reposts && m.Quotes is { } quotes ? reposts + quotes : null,
            unavailable);
    }
}
