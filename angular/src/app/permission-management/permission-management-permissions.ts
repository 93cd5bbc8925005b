/** The API's PermissionManagementPermissions. */
export const PermissionManagementPermissions = {
  ManagePermissions: 'PermissionManagement.ManagePermissions',
} as const;
