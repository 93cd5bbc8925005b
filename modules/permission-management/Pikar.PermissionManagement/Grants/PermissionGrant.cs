using Pikar.Domain;
using Pikar.MultiTenancy;

namespace Pikar.PermissionManagement.Grants;

/// <summary>A permission granted to a role (<c>R</c>, key = role name) or a user (<c>U</c>, key = user id) of one tenant.</summary>
internal sealed class PermissionGrant(string name, string providerName, string providerKey) : Entity, IMultiTenant
{
    public Guid? TenantId { get; private set; }

    public string Name { get; private set; } = name;

    public string ProviderName { get; private set; } = providerName;

    public string ProviderKey { get; set; } = providerKey;
}
