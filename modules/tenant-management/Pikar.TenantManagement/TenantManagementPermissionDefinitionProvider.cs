using Pikar.Authorization;
using Pikar.MultiTenancy;

namespace Pikar.TenantManagement;

internal sealed class TenantManagementPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(TenantManagementPermissions.GroupName, "Tenant management");

        var tenants = group.AddPermission(TenantManagementPermissions.Tenants.Default, "Tenants", MultiTenancySides.Host);
        tenants.AddChild(TenantManagementPermissions.Tenants.Create, "Create");
        tenants.AddChild(TenantManagementPermissions.Tenants.Update, "Edit");
        tenants.AddChild(TenantManagementPermissions.Tenants.Delete, "Delete");

        var editions = group.AddPermission(TenantManagementPermissions.Editions.Default, "Editions", MultiTenancySides.Host);
        editions.AddChild(TenantManagementPermissions.Editions.Create, "Create");
        editions.AddChild(TenantManagementPermissions.Editions.Update, "Edit");
        editions.AddChild(TenantManagementPermissions.Editions.Delete, "Delete");
    }
}
