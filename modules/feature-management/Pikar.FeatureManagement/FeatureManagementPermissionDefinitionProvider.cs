using Pikar.Authorization;
using Pikar.MultiTenancy;

namespace Pikar.FeatureManagement;

internal sealed class FeatureManagementPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(FeatureManagementPermissions.GroupName, "Feature management")
            .AddPermission(FeatureManagementPermissions.ManageHostFeatures, "Manage edition and tenant features", MultiTenancySides.Host);
}
