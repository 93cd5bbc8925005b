using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pikar.Solopreneur.SocialPerformance;

internal static class SocialPerformanceConfiguration
{
    public static ModelBuilder ConfigureSocialPerformance(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SocialAccount>(b =>
        {
            b.ToTable("social_accounts", SolopreneurModule.Schema);
            b.Property(a => a.Provider).HasMaxLength(32);
            b.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(a => a.LastError).HasMaxLength(SocialAccount.MaxErrorLength);
            b.Property(a => a.FollowersUnavailable).HasMaxLength(SocialAccount.MaxErrorLength);
            b.HasIndex(a => new { a.TenantId, a.ConnectionId }).IsUnique().AreNullsDistinct(false);
            b.HasIndex(a => a.NextSyncTime);
            b.Ignore(a => a.PageInsights);
            b.Property(a => a.PageInsightsUnavailable).HasColumnType("jsonb").HasConversion(
                value => value == null ? null : JsonSerializer.Serialize(value, JsonSerializerOptions.Default),
                json => json == null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonSerializerOptions.Default),
                UnavailableComparer);
        });
        modelBuilder.Entity<SocialPost>(b =>
        {
            b.ToTable("social_posts", SolopreneurModule.Schema);
            b.Property(p => p.ProviderPostId).HasMaxLength(128);
            b.Property(p => p.Text).HasMaxLength(SocialPost.MaxTextLength);
            b.Property(p => p.Url).HasMaxLength(1000);
            b.ComplexProperty(p => p.Metrics, Metrics);
            b.HasOne<SocialAccount>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(p => new { p.AccountId, p.ProviderPostId }).IsUnique();
            b.HasIndex(p => new { p.AccountId, p.PublishedAt });
        });
        modelBuilder.Entity<MetricSnapshot>(b =>
        {
            b.ToTable("social_metric_snapshots", SolopreneurModule.Schema);
            b.ComplexProperty(s => s.Metrics, Metrics);
            b.HasOne<SocialAccount>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<SocialPost>().WithMany().HasForeignKey(s => s.PostId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(s => new { s.AccountId, s.PostId, s.CapturedAt });
        });
        return modelBuilder;
    }

    private static readonly ValueComparer<Dictionary<string, string>?> UnavailableComparer = new(
        (a, b) => a == null ? b == null : b != null && a.Count == b.Count && !a.Except(b).Any(),
        d => d == null ? 0 : d.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value)),
        d => d == null ? null : new Dictionary<string, string>(d));

    private static void Metrics(ComplexPropertyBuilder<MetricValues> metrics) =>
        metrics.Property(m => m.Unavailable)
            .HasColumnName("unavailable")
            .HasColumnType("jsonb")
            .HasConversion(
                value => JsonSerializer.Serialize(value, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonSerializerOptions.Default) ?? new Dictionary<string, string>(),
                UnavailableComparer!);
}
