using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace Pikar.Identity.Tokens;

internal static class TokenModelConfiguration
{
    public const string Schema = "openiddict";

    public static void ConfigureTokens(this ModelBuilder builder)
    {
        builder.UseOpenIddict<Guid>();
        builder.Entity<OpenIddictEntityFrameworkCoreApplication<Guid>>().ToTable("applications", Schema);
        builder.Entity<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().ToTable("authorizations", Schema);
        builder.Entity<OpenIddictEntityFrameworkCoreScope<Guid>>().ToTable("scopes", Schema);
        builder.Entity<OpenIddictEntityFrameworkCoreToken<Guid>>().ToTable("tokens", Schema);

        builder.Entity<TokenSigningKey>(b =>
        {
            b.ToTable("token_signing_keys", Schema);
            b.HasKey(k => k.Use);
            b.Property(k => k.Use).HasMaxLength(8);
        });
    }
}
