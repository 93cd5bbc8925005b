using Pikar.Domain;

namespace Pikar.TenantManagement.Editions;

/// <summary>A subscription plan (the four tiers, or one the host adds); features take their values from it.</summary>
internal sealed class Edition : FullAuditedEntity
{
    public const int MaxNameLength = 64;
    public const int MaxDisplayNameLength = 128;

    private Edition()
    {
    }

    public Edition(string name, string displayName)
    {
        Rename(name);
        DisplayName = displayName;
    }

    public string Name { get; private set; } = "";

    public string NormalizedName { get; private set; } = "";

    public string DisplayName { get; set; } = "";

    public void Rename(string name)
    {
        Name = name.Trim();
        NormalizedName = Name.ToUpperInvariant();
    }
}
