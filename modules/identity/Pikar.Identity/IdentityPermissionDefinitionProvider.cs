using Pikar.Authorization;

namespace Pikar.Identity;

internal sealed class IdentityPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(IdentityPermissions.GroupName, "Identity management");

        var users = group.AddPermission(IdentityPermissions.Users.Default, "Users");
        users.AddChild(IdentityPermissions.Users.Create, "Create");
        users.AddChild(IdentityPermissions.Users.Update, "Edit");
        users.AddChild(IdentityPermissions.Users.Delete, "Delete");
        users.AddChild(IdentityPermissions.Users.ManageRoles, "Manage roles");

        var roles = group.AddPermission(IdentityPermissions.Roles.Default, "Roles");
        roles.AddChild(IdentityPermissions.Roles.Create, "Create");
        roles.AddChild(IdentityPermissions.Roles.Update, "Edit");
        roles.AddChild(IdentityPermissions.Roles.Delete, "Delete");
    }
}
