namespace Pikar.Integrations.Providers.Facebook;

/// <summary>A user token from Facebook's token endpoint; <see cref="ExpiresIn"/> is absent for tokens that do not expire.</summary>
internal sealed record FacebookToken(string AccessToken, TimeSpan? ExpiresIn);

/// <summary>A Page the user granted, with the token that acts as the Page.</summary>
internal sealed record FacebookManagedPage(string Id, string Name, string AccessToken);

/// <summary>A Page's name and audience; <see cref="Followers"/> is null when Graph did not return <c>followers_count</c>.</summary>
internal sealed record FacebookPage(string Id, string Name, long? Followers);

/// <summary>
/// A Page post with its engagement. Graph leaves <c>shares</c> out for a post nobody shared, which is a real zero;
/// reactions and comments are null only when their summaries did not come back.
/// </summary>
internal sealed record FacebookPost(string Id, string Message, DateTimeOffset CreatedTime, Uri? Permalink, long? Reactions, long? Comments, long Shares);

/// <summary>A post's lifetime insights; a metric Graph refused or left out is null with the reason in <see cref="Unavailable"/>.</summary>
internal sealed record FacebookPostInsights(long? Impressions, long? Reach, IReadOnlyDictionary<string, string> Unavailable);

/// <summary>Graph's error object: <c>{"error":{"message","type","code","error_subcode","is_transient","fbtrace_id"}}</c>.</summary>
internal sealed record FacebookGraphError(int Status, int? Code, int? Subcode, string Message, bool Transient);

/// <summary>A Page's impressions and reach over the last 28 days; a metric Graph refused is null with the reason.</summary>
internal sealed record FacebookPageInsights(long? Impressions, long? Reach, IReadOnlyDictionary<string, string> Unavailable);
