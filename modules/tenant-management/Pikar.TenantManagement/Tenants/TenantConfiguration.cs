using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pikar.TenantManagement.Editions;

namespace Pikar.TenantManagement.Tenants;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("tenants", TenantManagementModule.Schema);
        builder.Property(t => t.Name).HasMaxLength(Tenant.MaxNameLength);
        builder.Property(t => t.NormalizedName).HasMaxLength(Tenant.MaxNameLength);
        builder.HasIndex(t => t.NormalizedName).IsUnique().HasFilter("is_deleted = false");
        builder.HasOne<Edition>().WithMany().HasForeignKey(t => t.EditionId).OnDelete(DeleteBehavior.Restrict);
    }
}
