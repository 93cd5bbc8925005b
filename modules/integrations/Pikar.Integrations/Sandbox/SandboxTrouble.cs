namespace Pikar.Integrations.Sandbox;

/// <summary>The trouble a sandbox account makes on demand; each network answers it in its own format.</summary>
internal enum SandboxTrouble
{
    None,

    /// <summary>The user took the app's access away: the token is refused.</summary>
    Revoked,

    /// <summary>Too many calls: refused with a Retry-After of <see cref="SandboxHandles.RateLimitedRetryAfter"/> seconds.</summary>
    RateLimited,

    /// <summary>The network is down: 503.</summary>
    Outage,
}
