namespace Pikar.Integrations.Sandbox;

/// <summary>
/// Metrics that evolve like real ones: a post gathers impressions quickly at first, then slower; engagements
/// follow as fixed shares. Deterministic in the post's id and age, so tests and demos can rely on them.
/// </summary>
internal static class SandboxMetrics
{
    /// <summary>A post's lifetime figures; every network's sandbox reports from these, in its own words.</summary>
    public sealed record PostMetrics(long Impressions, long Likes, long Reposts, long Replies, long Quotes, long Bookmarks)
    {
        /// <summary>Unique viewers: most impressions are first views.</summary>
        public long Reach => Impressions * 62 / 100;

        public long Comments => Replies;

        public long Shares => Reposts + Quotes;

        public long Clicks => Impressions * 15 / 1000;
    }

    public static PostMetrics ForPost(string postId, TimeSpan age)
    {
        var spread = Spread(postId);
        var reach = 500 + (spread % 4500);
        var grown = 1 - Math.Exp(-Math.Max(age.TotalMinutes, 0) / 720);
        var impressions = (long)Math.Floor(reach * grown);
        // Some posts land better than others: likes between 2 % and 6 % of impressions.
        var likesPerMille = 20 + (spread / 4500 % 41);
        return new PostMetrics(impressions, impressions * likesPerMille / 1000, impressions * 8 / 1000, impressions * 5 / 1000, impressions * 2 / 1000, impressions / 100);
    }

    /// <summary>What <paramref name="posts"/> gathered of a figure in the <paramref name="window"/> up to <paramref name="end"/> (a page's insights).</summary>
    public static long GatheredIn(IEnumerable<SandboxPost> posts, DateTimeOffset end, TimeSpan window, Func<PostMetrics, long> figure) => posts.Sum(p =>
        figure(ForPost(p.ProviderPostId, end - p.CreationTime)) - figure(ForPost(p.ProviderPostId, end - window - p.CreationTime)));

    public static long Followers(string accountId, TimeSpan accountAge, int posts) =>
        100 + (Spread(accountId) % 900) + (long)Math.Floor(Math.Max(accountAge.TotalDays, 0) * 3) + posts * 5L;

    private static long Spread(string value)
    {
        // FNV-1a: stable across processes (string.GetHashCode is not).
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
