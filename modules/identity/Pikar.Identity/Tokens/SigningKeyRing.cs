using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Client;
using OpenIddict.Server;
using Pikar.Data;

namespace Pikar.Identity.Tokens;

/// <summary>
/// Loads the RSA signing key and the symmetric encryption key from the database, creating them on
/// first use. The token server (and the outbound OAuth client) read them once, when their options are first built.
/// </summary>
internal sealed class SigningKeyRing(IServiceScopeFactory scopes, TimeProvider clock)
{
    private readonly Lazy<(SigningCredentials Signing, EncryptingCredentials Encrypting)> _credentials = new(() => Load(scopes, clock));

    public void AddTo(OpenIddictServerOptions options)
    {
        options.SigningCredentials.Add(_credentials.Value.Signing);
        options.EncryptionCredentials.Add(_credentials.Value.Encrypting);
    }

    /// <summary>The outbound OAuth client (connected accounts) protects its own state with the same keys.</summary>
    public void AddTo(OpenIddictClientOptions options)
    {
        options.SigningCredentials.Add(_credentials.Value.Signing);
        options.EncryptionCredentials.Add(_credentials.Value.Encrypting);
    }

    private static (SigningCredentials, EncryptingCredentials) Load(IServiceScopeFactory scopes, TimeProvider clock)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();

        var rsa = RSA.Create();
        rsa.ImportFromPem(GetOrCreate(db, clock, TokenSigningKey.SigningUse, () => RSA.Create(2048).ExportRSAPrivateKeyPem()));
        var signingKey = new RsaSecurityKey(rsa) { KeyId = KeyIdOf(rsa) };

        var encryptionKey = new SymmetricSecurityKey(Convert.FromBase64String(
            GetOrCreate(db, clock, TokenSigningKey.EncryptionUse, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))));
        return (new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
            new EncryptingCredentials(encryptionKey, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private static string GetOrCreate(PikarDbContext db, TimeProvider clock, string use, Func<string> create)
    {
        var existing = db.Set<TokenSigningKey>().AsNoTracking().SingleOrDefault(k => k.Use == use);
        if (existing is not null)
        {
            return existing.Material;
        }

        // Two hosts starting together may both create a key; the first insert wins and both use it.
        db.Database.ExecuteSql($"""
            INSERT INTO openiddict.token_signing_keys (use, material, creation_time)
            VALUES ({use}, {create()}, {clock.GetUtcNow()}) ON CONFLICT (use) DO NOTHING
            """);
        return db.Set<TokenSigningKey>().AsNoTracking().Single(k => k.Use == use).Material;
    }

    private static string KeyIdOf(RSA rsa) =>
        Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportParameters(false).Modulus!))[..16];
}
