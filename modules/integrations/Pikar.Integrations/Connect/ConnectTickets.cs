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

    public sealed record Ticket(Guid TenantId, Guid UserId, string Provider, bool Sandbox);

    public string Issue(Ticket ticket) =>
        _protector.Protect($"{ticket.TenantId:N}|{ticket.UserId:N}|{ticket.Provider}|{ticket.Sandbox}", clock.GetUtcNow() + Lifetime);

    public Ticket? Read(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(value, out var expiration).Split('|');
            return expiration < clock.GetUtcNow() || parts.Length != 4
                ? null
                : new Ticket(Guid.Parse(parts[0]), Guid.Parse(parts[1]), parts[2], bool.Parse(parts[3]));
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
