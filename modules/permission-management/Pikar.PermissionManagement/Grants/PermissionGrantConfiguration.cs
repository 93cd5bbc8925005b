using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pikar.PermissionManagement.Grants;

internal sealed class PermissionGrantConfiguration : IEntityTypeConfiguration<PermissionGrant>
{
    public void Configure(EntityTypeBuilder<PermissionGrant> builder)
    {
        builder.ToTable("permission_grants", PermissionManagementModule.Schema);
        builder.Property(g => g.Name).HasMaxLength(128);
        builder.Property(g => g.ProviderName).HasMaxLength(8);
        builder.Property(g => g.ProviderKey).HasMaxLength(256);
        builder.HasIndex(g => new { g.TenantId, g.ProviderName, g.ProviderKey, g.Name }).IsUnique().AreNullsDistinct(false);
    }
}
