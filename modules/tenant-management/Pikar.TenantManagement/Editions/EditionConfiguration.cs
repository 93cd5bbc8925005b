using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pikar.TenantManagement.Editions;

internal sealed class EditionConfiguration : IEntityTypeConfiguration<Edition>
{
    public void Configure(EntityTypeBuilder<Edition> builder)
    {
        builder.ToTable("editions", TenantManagementModule.Schema);
        builder.Property(e => e.Name).HasMaxLength(Edition.MaxNameLength);
        builder.Property(e => e.NormalizedName).HasMaxLength(Edition.MaxNameLength);
        builder.Property(e => e.DisplayName).HasMaxLength(Edition.MaxDisplayNameLength);
        builder.HasIndex(e => e.NormalizedName).IsUnique().HasFilter("is_deleted = false");
    }
}
