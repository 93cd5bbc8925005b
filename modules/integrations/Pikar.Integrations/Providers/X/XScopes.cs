namespace Pikar.Integrations.Providers.X;

/// <summary>What Pikar asks X for: reading and posting for the account, and staying connected (refresh tokens).</summary>
internal static class XScopes
{
    public static readonly IReadOnlyList<string> Requested = ["tweet.read", "tweet.write", "users.read", "offline.access"];
}
