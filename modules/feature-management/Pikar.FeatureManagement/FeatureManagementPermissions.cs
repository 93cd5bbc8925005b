namespace Pikar.FeatureManagement;

public static class FeatureManagementPermissions
{
    public const string GroupName = "FeatureManagement";

    /// <summary>Set feature values for editions and tenants.</summary>
    public const string ManageHostFeatures = GroupName + ".ManageHostFeatures";
}
