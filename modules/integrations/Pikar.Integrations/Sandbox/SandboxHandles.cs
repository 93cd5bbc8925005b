namespace Pikar.Integrations.Sandbox;

/// <summary>
/// Handles as every sandbox takes them: letters, digits and underscores, whose ending asks for trouble on demand
/// (<c>_revoked</c>, <c>_ratelimited</c>, <c>_outage</c>), for posts without their private metrics (<c>_nometrics</c>),
/// or for access tokens that expire a minute after they are issued (<c>_expired</c>).
/// </summary>
internal static class SandboxHandles
{
    /// <summary>Seconds a rate-limited sandbox account is told to wait, whether or not the real network says.</summary>
    public const string RateLimitedRetryAfter = "7";

    public static bool IsValid(string handle, int maxLength) =>
        handle.Length >= 1 && handle.Length <= maxLength && handle.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    public static SandboxTrouble Trouble(string handle) =>
        handle.EndsWith("_revoked", StringComparison.Ordinal) ? SandboxTrouble.Revoked
        : handle.EndsWith("_ratelimited", StringComparison.Ordinal) ? SandboxTrouble.RateLimited
        : handle.EndsWith("_outage", StringComparison.Ordinal) ? SandboxTrouble.Outage
        : SandboxTrouble.None;

    public static bool HidesMetrics(string handle) => handle.EndsWith("_nometrics", StringComparison.Ordinal);

    public static bool ExpiresTokens(string handle) => handle.EndsWith("_expired", StringComparison.Ordinal);
}
