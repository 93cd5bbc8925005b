using Pikar.Integrations.Social;

namespace Pikar.Integrations.Providers.LinkedIn;

/// <summary>
/// LinkedIn as a social network: the account is an organization page (LinkedIn's statistics and notifications are
/// per page), with its followers, and per post impressions, reach (unique impressions) and engagements.
/// </summary>
internal sealed class LinkedInSocialNetwork(TimeProvider clock) : ISocialNetworkApi
{
    public string Provider => IntegrationProviders.LinkedIn;

    public IReadOnlyList<string> Scopes => LinkedInScopes.Requested;

    /// <summary>The first page the member administers. Choosing among several pages is not offered yet.</summary>
    public async Task<AuthorizedIdentity> IdentifyAsync(HttpClient http, string accessToken, CancellationToken ct)
    {
        var client = new LinkedInApiClient(http, clock);
        var organizations = await client.GetAdministeredOrganizationsAsync(accessToken, ct);
        if (organizations.Count == 0)
        {
            throw new ProviderRequestException(Provider, "This LinkedIn member administers no organization page, and Pikar connects a page.");
        }

        var organization = await client.GetOrganizationAsync(accessToken, organizations[0], ct);
        return new AuthorizedIdentity(organization.Urn, organization.Name);
    }

    public async Task<SocialAccountResult> ReadAccountAsync(HttpClient http, string accessToken, string accountId, CancellationToken ct)
    {
        var client = new LinkedInApiClient(http, clock);
        var organization = await client.GetOrganizationAsync(accessToken, accountId, ct);
        var followers = await client.GetFollowerCountAsync(accessToken, accountId, ct);
        var unavailable = new Dictionary<SocialMetric, string>();
        if (followers is null)
        {
            unavailable[SocialMetric.Followers] = "LinkedIn did not return firstDegreeSize (COMPANY_FOLLOWED_BY_MEMBER) for this page.";
        }

        return new SocialAccountResult(organization.Urn, organization.Name, followers, unavailable);
    }

    public async Task<IReadOnlyList<SocialPostResult>> ReadRecentPostsAsync(HttpClient http, string accessToken, string accountId, int limit, CancellationToken ct)
    {
        var client = new LinkedInApiClient(http, clock);
        var posts = await client.GetRecentPostsAsync(accessToken, accountId, limit, ct);
        var metrics = (await client.GetPostMetricsAsync(accessToken, accountId, posts.Select(p => p.Urn).ToList(), ct)).ToDictionary(m => m.PostUrn);
        return posts.Select(post =>
        {
            var m = metrics[post.Urn];
            return new SocialPostResult(
                post.Urn, post.Text, post.PublishedAt, PostUrl(post.Urn),
                m.Impressions, m.Reach, m.Likes, m.Comments, m.Shares, m.Unavailable);
        }).ToList();
    }

    public async Task<SocialPublishedResult> PublishAsync(HttpClient http, string accessToken, string accountId, string text, CancellationToken ct)
    {
        var urn = await new LinkedInApiClient(http, clock).CreatePostAsync(accessToken, accountId, text, ct);
        return new SocialPublishedResult(urn, PostUrl(urn));
    }

    private static Uri PostUrl(string urn) => new("https://www.linkedin.com/feed/update/" + urn);
}
