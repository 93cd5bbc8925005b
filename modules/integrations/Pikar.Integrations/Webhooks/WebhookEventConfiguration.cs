using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pikar.Integrations.Webhooks;

internal sealed class WebhookEventConfiguration : IEntityTypeConfiguration<WebhookEvent>
{
    public void Configure(EntityTypeBuilder<WebhookEvent> builder)
    {
        builder.ToTable("webhook_events", IntegrationsModule.Schema);
        builder.Property(e => e.Provider).HasMaxLength(32);
        builder.Property(e => e.DeliveryKey).HasMaxLength(64);
        builder.Property(e => e.AccountId).HasMaxLength(128);
        builder.Property(e => e.Payload).HasColumnType("jsonb");
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.LastError).HasMaxLength(2000);
        // Across all tenants: the same delivery is one event wherever it was routed.
        builder.HasIndex(e => new { e.Provider, e.DeliveryKey }).IsUnique();
        builder.HasIndex(e => new { e.TenantId, e.ReceivedTime });
        builder.HasIndex(e => e.Status).HasFilter("status = 'Failed'");
    }
}
