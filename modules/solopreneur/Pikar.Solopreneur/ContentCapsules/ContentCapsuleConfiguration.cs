using Microsoft.EntityFrameworkCore;

namespace Pikar.Solopreneur.ContentCapsules;

internal static class ContentCapsuleConfiguration
{
    public static ModelBuilder ConfigureContentCapsules(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentCapsule>(b =>
        {
            b.ToTable("content_capsules", SolopreneurModule.Schema);
            b.Property(c => c.Title).HasMaxLength(ContentCapsule.MaxTitleLength);
            b.Property(c => c.Body).HasMaxLength(ContentCapsule.MaxBodyLength);
            b.Property(c => c.TimeZone).HasMaxLength(64);
            b.HasIndex(c => new { c.TenantId, c.CreationTime });
        });
        modelBuilder.Entity<CapsulePublication>(b =>
        {
            b.ToTable("capsule_publications", SolopreneurModule.Schema);
            b.Property(p => p.Provider).HasMaxLength(32);
            b.Property(p => p.Text).HasMaxLength(ContentCapsule.MaxBodyLength);
            b.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(p => p.RemotePostId).HasMaxLength(128);
            b.Property(p => p.RemoteUrl).HasMaxLength(1000);
            b.Property(p => p.LastError).HasMaxLength(CapsulePublication.MaxErrorLength);
            b.Ignore(p => p.IsPending);
            b.HasOne<ContentCapsule>().WithMany().HasForeignKey(p => p.CapsuleId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(p => new { p.CapsuleId, p.ConnectionId }).IsUnique();
            b.HasIndex(p => new { p.Status, p.DueAt });
        });
        return modelBuilder;
    }
}
