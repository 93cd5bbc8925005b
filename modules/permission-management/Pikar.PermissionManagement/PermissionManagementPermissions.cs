namespace Pikar.PermissionManagement;

public static class PermissionManagementPermissions
{
    public const string GroupName = "PermissionManagement";

    /// <summary>Grant and revoke permissions of roles and users.</summary>
    public const string ManagePermissions = GroupName + ".ManagePermissions";
}
