/** The API's IdentityPermissions: a child (Create, Update…) is only granted together with its parent. */
export const IdentityPermissions = {
  Users: {
    Default: 'Identity.Users',
    Create: 'Identity.Users.Create',
    Update: 'Identity.Users.Update',
    Delete: 'Identity.Users.Delete',
    ManageRoles: 'Identity.Users.ManageRoles',
  },
  Roles: {
    Default: 'Identity.Roles',
    Create: 'Identity.Roles.Create',
    Update: 'Identity.Roles.Update',
    Delete: 'Identity.Roles.Delete',
  },
} as const;
