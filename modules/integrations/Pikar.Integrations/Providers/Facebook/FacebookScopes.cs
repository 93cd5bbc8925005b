namespace Pikar.Integrations.Providers.Facebook;

/// <summary>What Pikar asks Facebook for: the user's Pages, reading and posting as a Page, and its post insights.</summary>
internal static class FacebookScopes
{
    public static readonly IReadOnlyList<string> Requested = ["pages_show_list", "pages_read_engagement", "pages_manage_posts", "read_insights"];
}
