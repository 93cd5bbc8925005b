/** The API's FeatureManagementPermissions. */
export const FeatureManagementPermissions = {
  /** Set feature values for editions and tenants. */
  ManageHostFeatures: 'FeatureManagement.ManageHostFeatures',
} as const;
