using Microsoft.AspNetCore.DataProtection;

namespace Pikar.Integrations.Connect;

/// <summary>
/// A short-lived, tamper-proof note of who is connecting what: the app (signed in with a bearer token) gets
/// one from the API, and the popup that starts the provider's consent presents it, since a browser
/// navigation cannot carry the bearer token.
/// </summary>
internal sealed class ConnectTickets(IDataProtectionProvider provider, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("Pikar.Integrations.ConnectTickets.v1").ToTimeLimitedDataProtector();

    /// <summary>Who connects what; <see cref="ReconnectionOf"/> names the connection being renewed, when it is a reconnect.</summary>
    public sealed record Ticket(Guid TenantId, Guid UserId, string Provider, bool Sandbox, Guid? ReconnectionOf = null);

    public string Issue(Ticket ticket) =>
        _protector.Protect($"{ticket.TenantId:N}|{ticket.UserId:N}|{ticket.Provider}|{ticket.Sandbox}|{ticket.ReconnectionOf:N}", clock.GetUtcNow() + Lifetime);

    public Ticket? Read(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(value, out var expiration).Split('|');
            return expiration < clock.GetUtcNow() || parts.Length != 5
                ? null
                : new Ticket(Guid.Parse(parts[0]), Guid.Parse(parts[1]), parts[2], bool.Parse(parts[3]), parts[4].Length > 0 ? Guid.Parse(parts[4]) : null);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
