namespace Pikar.Integrations.Providers.X;

/// <summary>The connected X account.</summary>
internal sealed record XUser(string Id, string Username, string Name, long? Followers);

/// <summary>A published post.</summary>
internal sealed record XPost(string Id, string Text);

/// <summary>
/// A post's metrics. A metric X did not return is null with the reason in <see cref="Unavailable"/>:
/// never a silent zero.
/// </summary>
internal sealed record XPostMetrics(
    string PostId, long? Impressions, long? Likes, long? Reposts, long? Replies, long? Quotes,
    IReadOnlyDictionary<string, string> Unavailable);

/// <summary>A post of the user's timeline with its metrics.</summary>
internal sealed record XTimelinePost(string Id, string Text, DateTimeOffset CreatedAt, XPostMetrics Metrics);
