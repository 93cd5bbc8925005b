using Pikar.Authorization;
using Pikar.MultiTenancy;

namespace Pikar.Integrations;

internal sealed class IntegrationsPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var connections = context.AddGroup(IntegrationsPermissions.GroupName, "Integrations")
            .AddPermission(IntegrationsPermissions.Connections.Default, "Connected accounts", MultiTenancySides.Tenant);
        connections.AddChild(IntegrationsPermissions.Connections.Connect, "Connect", MultiTenancySides.Tenant);
        connections.AddChild(IntegrationsPermissions.Connections.Disconnect, "Disconnect", MultiTenancySides.Tenant);
    }
}
