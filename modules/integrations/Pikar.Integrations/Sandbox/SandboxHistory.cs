using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Integrations.Connections;
using Pikar.Integrations.Social;

namespace Pikar.Integrations.Sandbox;

internal sealed class SandboxHistory(PikarDbContext db) : ISandboxHistory
{
    private const string LinkedInOrganization = "urn:li:organization:";

    public async Task<(SocialAccountResult Account, IReadOnlyList<SocialPostResult> Posts)?> ReadAsOfAsync(
        Guid connectionId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var connection = await db.Set<Connection>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId && c.IsSandbox, cancellationToken);
        if (connection is null)
        {
            return null;
        }

        var providerAccountId = connection.AccountId.StartsWith(LinkedInOrganization, StringComparison.Ordinal)
            ? connection.AccountId[LinkedInOrganization.Length..]
            : connection.AccountId;
        var account = await db.Set<SandboxAccount>().AsNoTracking()
            .SingleOrDefaultAsync(a => a.Provider == connection.Provider && a.ProviderAccountId == providerAccountId, cancellationToken);
        if (account is null)
        {
            return null;
        }

        var posts = await db.Set<SandboxPost>().AsNoTracking()
            .Where(p => p.AccountId == account.Id && p.CreationTime <= at && (p.DeletionTime == null || p.DeletionTime > at))
            .OrderByDescending(p => p.CreationTime)
            .ToListAsync(cancellationToken);
        var followers = SandboxMetrics.Followers(account.ProviderAccountId, at - account.CreationTime, posts.Count);
        var noReach = connection.Provider == IntegrationProviders.X
            ? new Dictionary<SocialMetric, string> { [SocialMetric.Reach] = "X does not report reach (unique viewers), only impressions." }
            : new Dictionary<SocialMetric, string>();
        var results = posts.Select(p =>
        {
            var m = SandboxMetrics.ForPost(p.ProviderPostId, at - p.CreationTime);
            return new SocialPostResult(p.ProviderPostId, p.Text, p.CreationTime, null, m.Impressions,
                noReach.Count > 0 ? null : m.Reach, m.Likes, m.Comments, m.Shares, noReach);
        }).ToList();
        return (new SocialAccountResult(connection.AccountId, connection.DisplayName, followers, new Dictionary<SocialMetric, string>(),
            connection.Provider == IntegrationProviders.Facebook ? PageInsightsAsOf(posts, at) : null), results);
    }

    /// <summary>What the Facebook sandbox's Page insights answer: the impressions and reach the posts gathered in the 28 days to <paramref name="at"/>.</summary>
    private static SocialPageInsightsResult PageInsightsAsOf(IReadOnlyList<SandboxPost> posts, DateTimeOffset at)
    {
        var window = TimeSpan.FromDays(28);
        return new SocialPageInsightsResult(
            SandboxMetrics.GatheredIn(posts, at, window, m => m.Impressions), SandboxMetrics.GatheredIn(posts, at, window, m => m.Reach),
            new Dictionary<SocialMetric, string>());
    }
}
