using Pikar.Authorization;
using Pikar.MultiTenancy;

namespace Pikar.Solopreneur;

internal sealed class SolopreneurPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(SolopreneurPermissions.GroupName, "Solopreneur");
        var social = group.AddPermission(SolopreneurPermissions.SocialPerformance.Default, "Social performance", MultiTenancySides.Tenant);
        social.AddChild(SolopreneurPermissions.SocialPerformance.Manage, "Manage accounts", MultiTenancySides.Tenant);
        social.RequireFeatures(SolopreneurFeatures.SocialPerformance.Default);

        var capsules = group.AddPermission(SolopreneurPermissions.ContentCapsules.Default, "Content capsules", MultiTenancySides.Tenant);
        capsules.AddChild(SolopreneurPermissions.ContentCapsules.Manage, "Write and publish", MultiTenancySides.Tenant);
        capsules.RequireFeatures(SolopreneurFeatures.ContentCapsule);
    }
}
