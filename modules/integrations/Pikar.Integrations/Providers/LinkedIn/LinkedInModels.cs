using Pikar.Integrations.Social;

namespace Pikar.Integrations.Providers.LinkedIn;

/// <summary>An organization page, by its URN (<c>urn:li:organization:{id}</c>).</summary>
internal sealed record LinkedInOrganization(string Urn, string Name);

/// <summary>A page's post (<c>urn:li:share:…</c> or <c>urn:li:ugcPost:…</c>) with its text in plain words.</summary>
internal sealed record LinkedInPost(string Urn, string Text, DateTimeOffset PublishedAt);

/// <summary>
/// A post's lifetime figures, from its social actions (likes, comments) and the page's share statistics (the rest).
/// A figure LinkedIn did not return is null with the reason in <see cref="Unavailable"/>: never a silent zero.
/// </summary>
internal sealed record LinkedInPostMetrics(
    string PostUrn, long? Impressions, long? Reach, long? Likes, long? Comments, long? Shares, long? Clicks,
    IReadOnlyDictionary<SocialMetric, string> Unavailable);
