using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pikar.FeatureManagement.Features;

internal sealed class FeatureValueConfiguration : IEntityTypeConfiguration<FeatureValue>
{
    public void Configure(EntityTypeBuilder<FeatureValue> builder)
    {
        builder.ToTable("feature_values", FeatureManagementModule.Schema);
        builder.Property(v => v.Name).HasMaxLength(128);
        builder.Property(v => v.Value).HasMaxLength(128);
        builder.Property(v => v.ProviderName).HasMaxLength(8);
        builder.Property(v => v.ProviderKey).HasMaxLength(64);
        builder.HasIndex(v => new { v.ProviderName, v.ProviderKey, v.Name }).IsUnique();
    }
}
