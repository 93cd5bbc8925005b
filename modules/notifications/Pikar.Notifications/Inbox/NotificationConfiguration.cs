using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pikar.Notifications.Inbox;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications", NotificationsModule.Schema);
        builder.Property(n => n.Title).HasMaxLength(Notification.MaxTitleLength);
        builder.Property(n => n.Message).HasMaxLength(Notification.MaxMessageLength);
        builder.Property(n => n.SourceKey).HasMaxLength(Notification.MaxSourceKeyLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.MaxLinkLength);
        builder.Property(n => n.Severity).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(n => new { n.TenantId, n.UserId, n.CreationTime });
        // At most one unread notification per user and condition.
        builder.HasIndex(n => new { n.TenantId, n.UserId, n.SourceKey }).IsUnique().HasFilter("read_time IS NULL").AreNullsDistinct(false);
    }
}
