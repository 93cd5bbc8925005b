using Microsoft.AspNetCore.Authorization;

namespace Pikar.Authorization;

public sealed class PermissionRequirement(string permissionName) : IAuthorizationRequirement
{
    public string PermissionName { get; } = permissionName;

    public override string ToString() => $"Permission: {PermissionName}";
}
