using Pikar.Authorization;
using Pikar.MultiTenancy;

namespace Pikar.Solopreneur;

internal sealed class SolopreneurPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var social = context.AddGroup(SolopreneurPermissions.GroupName, "Solopreneur")
            .AddPermission(SolopreneurPermissions.SocialPerformance.Default, "Social performance", MultiTenancySides.Tenant);
        social.AddChild(SolopreneurPermissions.SocialPerformance.Manage, "Manage accounts", MultiTenancySides.Tenant);
        social.RequireFeatures(SolopreneurFeatures.SocialPerformance.Default);
    }
}
