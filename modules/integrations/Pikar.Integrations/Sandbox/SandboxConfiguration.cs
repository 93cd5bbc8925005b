using Microsoft.EntityFrameworkCore;

namespace Pikar.Integrations.Sandbox;

internal static class SandboxConfiguration
{
    public static ModelBuilder ConfigureSandbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SandboxAccount>(b =>
        {
            b.ToTable("sandbox_accounts", IntegrationsModule.Schema);
            b.Property(a => a.Provider).HasMaxLength(32);
            b.Property(a => a.ProviderAccountId).HasMaxLength(64);
            b.Property(a => a.Handle).HasMaxLength(64);
            b.Property(a => a.Name).HasMaxLength(128);
            b.HasIndex(a => new { a.Provider, a.Handle }).IsUnique();
            b.HasIndex(a => new { a.Provider, a.ProviderAccountId }).IsUnique();
        });
        modelBuilder.Entity<SandboxGrant>(b =>
        {
            b.ToTable("sandbox_grants", IntegrationsModule.Schema);
            b.Property(g => g.Provider).HasMaxLength(32);
            b.Property(g => g.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(g => g.TokenHash).HasMaxLength(64);
            b.Property(g => g.ClientId).HasMaxLength(128);
            b.Property(g => g.RedirectUri).HasMaxLength(1000);
            b.Property(g => g.CodeChallenge).HasMaxLength(128);
            b.Property(g => g.Scopes).HasMaxLength(1000);
            b.HasIndex(g => g.TokenHash).IsUnique();
        });
        modelBuilder.Entity<SandboxPost>(b =>
        {
            b.ToTable("sandbox_posts", IntegrationsModule.Schema);
            b.Property(p => p.Provider).HasMaxLength(32);
            b.Property(p => p.ProviderPostId).HasMaxLength(64);
            b.Property(p => p.Text).HasMaxLength(3000);
            b.HasIndex(p => new { p.Provider, p.ProviderPostId }).IsUnique();
            b.HasIndex(p => p.AccountId);
        });
        return modelBuilder;
    }
}
