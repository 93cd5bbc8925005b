using Pikar.Domain;
using Pikar.MultiTenancy;

namespace Pikar.Integrations.Connections;

/// <summary>
/// An account of an external service that a tenant connected. Its tokens are stored encrypted (see
/// <see cref="ConnectionTokens"/>); the health moves with the clock, refresh outcomes and the provider's 401s.
/// </summary>
internal sealed class Connection : FullAuditedEntity, IMultiTenant
{
    public const int MaxAccountIdLength = 128;
    public const int MaxDisplayNameLength = 256;
    public const int MaxErrorLength = 1000;

    /// <summary>How long before expiry a connection counts as expiring (and a refresh is due).</summary>
    public static readonly TimeSpan ExpiringWindow = TimeSpan.FromDays(3);

    /// <summary>Failed refreshes in a row after which only the user can fix it.</summary>
    public const int MaxRefreshFailures = 3;

    public Guid? TenantId { get; private set; }

    public required string Provider { get; init; }

    public bool IsSandbox { get; init; }

    public required string AccountId { get; init; }

    public required string DisplayName { get; set; }

    public string Scopes { get; set; } = "";

    public Guid ConnectedByUserId { get; set; }

    public required string ProtectedAccessToken { get; set; }

    public string? ProtectedRefreshToken { get; set; }

    public DateTimeOffset? AccessTokenExpiresAt { get; set; }

    public ConnectionHealth Health { get; private set; }

    public string? LastError { get; private set; }

    public int RefreshFailures { get; private set; }

    public DateTimeOffset? LastRefreshTime { get; private set; }

    /// <summary>What time alone says: a token near its end is expiring; a token past it needs the user.</summary>
    public ConnectionHealth EvaluateExpiry(DateTimeOffset now)
    {
        if (Health is ConnectionHealth.ReauthRequired || AccessTokenExpiresAt is not { } expiresAt)
        {
            return Health;
        }

        if (expiresAt <= now && ProtectedRefreshToken is null)
        {
            Health = ConnectionHealth.ReauthRequired;
            LastError = "The access token expired and the provider gave no refresh token: reconnect the account.";
        }
        else if (expiresAt - now <= ExpiringWindow && Health is ConnectionHealth.Healthy && ProtectedRefreshToken is null)
        {
            // Only the user can extend it; a refreshable one is renewed by the health job instead.
            Health = ConnectionHealth.Expiring;
        }

        return Health;
    }

    /// <summary>
    /// A refreshable token is renewed once it has used half its life, and at the latest when it is expiring: hourly
    /// checks then renew a two-hour X token in time and a sixty-day LinkedIn one three days ahead.
    /// </summary>
    public bool RefreshDue(DateTimeOffset now) =>
        ProtectedRefreshToken is not null && Health is not ConnectionHealth.ReauthRequired && AccessTokenExpiresAt is { } expiresAt
        && expiresAt - now <= TimeSpan.FromTicks(Math.Min(ExpiringWindow.Ticks, (expiresAt - (LastRefreshTime ?? CreationTime)).Ticks / 2));

    public void RefreshSucceeded(string protectedAccessToken, string? protectedRefreshToken, DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        ProtectedAccessToken = protectedAccessToken;
        ProtectedRefreshToken = protectedRefreshToken ?? ProtectedRefreshToken;
        AccessTokenExpiresAt = expiresAt;
        LastRefreshTime = now;
        RefreshFailures = 0;
        LastError = null;
        Health = ConnectionHealth.Healthy;
    }

    /// <summary>A refresh that failed for a reason that may pass (outage, 5xx); after a few, the user must reconnect.</summary>
    public void RefreshFailed(string error, DateTimeOffset now)
    {
        RefreshFailures++;
        LastRefreshTime = now;
        LastError = Truncate(error);
        Health = RefreshFailures >= MaxRefreshFailures || AccessTokenExpiresAt <= now
            ? ConnectionHealth.ReauthRequired
            : ConnectionHealth.RefreshFailed;
    }

    /// <summary>The provider refused the token (401, revoked or invalid grant): only reconnecting helps.</summary>
    public void Unauthorized(string error)
    {
        LastError = Truncate(error);
        Health = ConnectionHealth.ReauthRequired;
    }

    private static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..(MaxErrorLength - 1)] + "…";
}
