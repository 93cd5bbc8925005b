using Pikar.Domain;

namespace Pikar.TenantManagement.Tenants;

internal sealed class Tenant : FullAuditedEntity
{
    public const int MaxNameLength = 64;

    private Tenant()
    {
    }

    public Tenant(string name, Guid? editionId)
    {
        Rename(name);
        EditionId = editionId;
        IsActive = true;
    }

    public string Name { get; private set; } = "";

    public string NormalizedName { get; private set; } = "";

    public Guid? EditionId { get; set; }

    public bool IsActive { get; set; }

    public void Rename(string name)
    {
        Name = name.Trim();
        NormalizedName = Normalize(Name);
    }

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();
}
