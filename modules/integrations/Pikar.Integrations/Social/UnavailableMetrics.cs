namespace Pikar.Integrations.Social;

/// <summary>Carries a client's reasons for missing figures (by the network's own metric names) over to <see cref="SocialMetric"/>s.</summary>
internal static class UnavailableMetrics
{
    /// <summary>The first reason for <paramref name="to"/> wins: a share missing its reposts stays missing for that reason.</summary>
    public static void Carry(this Dictionary<SocialMetric, string> into, IReadOnlyDictionary<string, string> from, string metric, SocialMetric to)
    {
        if (from.TryGetValue(metric, out var reason))
        {
            into.TryAdd(to, reason);
        }
    }
}
