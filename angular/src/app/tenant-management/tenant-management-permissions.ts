/** The API's TenantManagementPermissions: a child (Create, Update, Delete) is only granted together with its parent. */
export const TenantManagementPermissions = {
  Tenants: {
    Default: 'TenantManagement.Tenants',
    Create: 'TenantManagement.Tenants.Create',
    Update: 'TenantManagement.Tenants.Update',
    Delete: 'TenantManagement.Tenants.Delete',
  },
  Editions: {
    Default: 'TenantManagement.Editions',
    Create: 'TenantManagement.Editions.Create',
    Update: 'TenantManagement.Editions.Update',
    Delete: 'TenantManagement.Editions.Delete',
  },
} as const;
