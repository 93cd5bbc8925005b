/** Who a permission grant belongs to, as the API names it: a role (key: the role's name) or a user (key: the user's id). */
export const PermissionProviders = {
  Role: 'R',
  User: 'U',
} as const;

export type PermissionProviderName = (typeof PermissionProviders)[keyof typeof PermissionProviders];
