using Pikar.MultiTenancy;
using Pikar.Users;

namespace Pikar.Authorization;

/// <summary>
/// Grants a declared permission to members of the <c>admin</c> role, on the side (host or tenant)
/// the permission applies to. Permission management replaces it with stored role and user grants.
/// </summary>
internal sealed class AdminRolePermissionChecker(
    PermissionDefinitionManager definitions,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant) : IPermissionChecker
{
    public Task<bool> IsGrantedAsync(string permissionName, CancellationToken cancellationToken)
    {
        var definition = definitions.Find(permissionName);
        var side = currentTenant.IsAvailable ? MultiTenancySides.Tenant : MultiTenancySides.Host;
        var granted = definition is not null
            && definition.Side.HasFlag(side)
            && currentUser.IsAuthenticated
            && currentUser.IsInRole(PikarRoles.Admin);
        return Task.FromResult(granted);
    }
}
