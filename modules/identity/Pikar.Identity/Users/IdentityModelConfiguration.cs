using Microsoft.EntityFrameworkCore;

namespace Pikar.Identity.Users;

/// <summary>
/// ASP.NET Core Identity's tables, scoped per tenant: user and role names are unique within a
/// tenant, so the same user name may exist in two tenants.
/// </summary>
internal static class IdentityModelConfiguration
{
    private const int NameLength = 256;

    public static void ConfigureIdentity(this ModelBuilder builder)
    {
        builder.Entity<User>(b =>
        {
            b.ToTable("users", IdentityModule.Schema);
            b.Property(u => u.UserName).HasMaxLength(NameLength);
            b.Property(u => u.NormalizedUserName).HasMaxLength(NameLength);
            b.Property(u => u.Email).HasMaxLength(NameLength);
            b.Property(u => u.NormalizedEmail).HasMaxLength(NameLength);
            b.Property(u => u.PhoneNumber).HasMaxLength(32);
            b.Property(u => u.Name).HasMaxLength(64);
            b.Property(u => u.Surname).HasMaxLength(64);
            b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            b.HasIndex(u => new { u.TenantId, u.NormalizedUserName }).IsUnique().AreNullsDistinct(false);
            b.HasIndex(u => new { u.TenantId, u.NormalizedEmail }).IsUnique().AreNullsDistinct(false);
            b.HasMany<UserClaim>().WithOne().HasForeignKey(c => c.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
            b.HasMany<UserLogin>().WithOne().HasForeignKey(l => l.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
            b.HasMany<UserToken>().WithOne().HasForeignKey(t => t.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
            b.HasMany<UserRole>().WithOne().HasForeignKey(r => r.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Role>(b =>
        {
            b.ToTable("roles", IdentityModule.Schema);
            b.Property(r => r.Name).HasMaxLength(NameLength);
            b.Property(r => r.NormalizedName).HasMaxLength(NameLength);
            b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            b.HasIndex(r => new { r.TenantId, r.NormalizedName }).IsUnique().AreNullsDistinct(false);
            b.HasMany<UserRole>().WithOne().HasForeignKey(r => r.RoleId).IsRequired().OnDelete(DeleteBehavior.Cascade);
            b.HasMany<RoleClaim>().WithOne().HasForeignKey(c => c.RoleId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<UserRole>(b =>
        {
            b.ToTable("user_roles", IdentityModule.Schema);
            b.HasKey(r => new { r.UserId, r.RoleId });
            b.HasIndex(r => new { r.TenantId, r.RoleId });
        });

        builder.Entity<UserClaim>(b =>
        {
            b.ToTable("user_claims", IdentityModule.Schema);
            b.HasKey(c => c.Id);
            b.HasIndex(c => new { c.TenantId, c.UserId });
        });

        builder.Entity<UserLogin>(b =>
        {
            b.ToTable("user_logins", IdentityModule.Schema);
            b.HasKey(l => new { l.UserId, l.LoginProvider });
            b.Property(l => l.LoginProvider).HasMaxLength(128);
            b.Property(l => l.ProviderKey).HasMaxLength(256);
            b.HasIndex(l => new { l.TenantId, l.LoginProvider, l.ProviderKey }).IsUnique().AreNullsDistinct(false);
        });

        builder.Entity<UserToken>(b =>
        {
            b.ToTable("user_tokens", IdentityModule.Schema);
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            b.Property(t => t.LoginProvider).HasMaxLength(128);
            b.Property(t => t.Name).HasMaxLength(128);
            b.HasIndex(t => new { t.TenantId, t.UserId });
        });

        builder.Entity<RoleClaim>(b =>
        {
            b.ToTable("role_claims", IdentityModule.Schema);
            b.HasKey(c => c.Id);
            b.HasIndex(c => new { c.TenantId, c.RoleId });
        });
    }
}
