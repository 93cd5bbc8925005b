using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pikar.Data;

namespace Pikar.Integrations.Sandbox;

/// <summary>Issues and checks a sandbox provider's codes and tokens (random values; only hashes are stored).</summary>
internal sealed class SandboxTokens(PikarDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan AccessLifetime = TimeSpan.FromHours(2);
    public static readonly TimeSpan RefreshLifetime = TimeSpan.FromDays(180);

    /// <summary>How long the access tokens of an account asking for expired tokens (<c>_expired</c>) live.</summary>
    public static readonly TimeSpan ExpiringAccessLifetime = TimeSpan.FromMinutes(1);

    /// <summary>The network's usual access token lifetime, or a minute for an account that simulates expiring tokens.</summary>
    public async Task<TimeSpan> AccessLifetimeAsync(Guid accountId, TimeSpan usual, CancellationToken ct)
    {
        var handle = await db.Set<SandboxAccount>().Where(a => a.Id == accountId).Select(a => a.Handle).SingleOrDefaultAsync(ct);
        return handle is not null && SandboxHandles.ExpiresTokens(handle) ? ExpiringAccessLifetime : usual;
    }

    public async Task<string> IssueAsync(
        string provider, SandboxGrantKind kind, Guid accountId, string clientId, string scopes, CancellationToken ct,
        string? redirectUri = null, string? codeChallenge = null, TimeSpan? lifetime = null)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.Add(new SandboxGrant
        {
            Provider = provider,
            Kind = kind,
            TokenHash = Hash(token),
            AccountId = accountId,
            ClientId = clientId,
            RedirectUri = redirectUri,
            CodeChallenge = codeChallenge,
            Scopes = scopes,
            ExpiresAt = clock.GetUtcNow() + (lifetime ?? kind switch
            {
                SandboxGrantKind.Code => CodeLifetime,
                SandboxGrantKind.Access => AccessLifetime,
                _ => RefreshLifetime,
            }),
        });
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>The live grant of this kind behind a presented token, or null (unknown, expired or used).</summary>
    public async Task<SandboxGrant?> FindLiveAsync(string provider, SandboxGrantKind kind, string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var hash = Hash(token);
        var now = clock.GetUtcNow();
        return await db.Set<SandboxGrant>()
            .SingleOrDefaultAsync(g => g.TokenHash == hash && g.Provider == provider && g.Kind == kind && g.ConsumedAt == null && g.ExpiresAt > now, ct);
    }

    /// <summary>
    /// Codes and refresh tokens are single-use: of two requests presenting the same one at once, only one gets true
    /// (one conditional update), as at a real provider.
    /// </summary>
    public async Task<bool> TryConsumeAsync(SandboxGrant grant, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var consumed = await db.Set<SandboxGrant>().Where(g => g.Id == grant.Id && g.ConsumedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.ConsumedAt, now), ct) == 1;
        grant.ConsumedAt = now;
        return consumed;
    }

    public static bool MatchesPkce(string? challenge, string? verifier) =>
        challenge is not null && verifier is { Length: >= 43 and <= 128 }
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(challenge),
            Encoding.ASCII.GetBytes(Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_')));

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
