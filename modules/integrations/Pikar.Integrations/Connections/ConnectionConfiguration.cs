using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pikar.Integrations.Connections;

internal sealed class ConnectionConfiguration : IEntityTypeConfiguration<Connection>
{
    public void Configure(EntityTypeBuilder<Connection> builder)
    {
        builder.ToTable("connections", IntegrationsModule.Schema);
        builder.Property(c => c.Provider).HasMaxLength(32);
        builder.Property(c => c.AccountId).HasMaxLength(Connection.MaxAccountIdLength);
        builder.Property(c => c.DisplayName).HasMaxLength(Connection.MaxDisplayNameLength);
        builder.Property(c => c.Scopes).HasMaxLength(1000);
        builder.Property(c => c.Health).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.LastError).HasMaxLength(Connection.MaxErrorLength);
        builder.HasIndex(c => new { c.TenantId, c.Provider, c.AccountId }).IsUnique().HasFilter("is_deleted = false").AreNullsDistinct(false);
        builder.HasIndex(c => new { c.TenantId, c.CreationTime });
        builder.HasIndex(c => c.AccessTokenExpiresAt);
    }
}
