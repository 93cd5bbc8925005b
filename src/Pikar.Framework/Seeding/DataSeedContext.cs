namespace Pikar.Seeding;

/// <summary>What to seed: the host (<c>TenantId</c> null) or one tenant, with optional properties such as the admin's password.</summary>
public sealed record DataSeedContext(Guid? TenantId)
{
    public const string AdminEmailProperty = "AdminEmail";
    public const string AdminPasswordProperty = "AdminPassword";

    /// <summary>ABP's well-known default, used for the host admin and the demo tenants unless configured otherwise.</summary>
    public const string DefaultAdminPassword = "1q2w3E*";

    public bool IncludeDemoData { get; init; }

    public IReadOnlyDictionary<string, string?> Properties { get; init; } = new Dictionary<string, string?>();

    public string? this[string property] => Properties.GetValueOrDefault(property);
}
