using Pikar.Authorization;

namespace Pikar.PermissionManagement;

internal sealed class PermissionManagementPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(PermissionManagementPermissions.GroupName, "Permission management")
            .AddPermission(PermissionManagementPermissions.ManagePermissions, "Manage permissions of roles and users");
}
