/** The API's PlatformFeatures: what every tenant's plan sets, whatever its tier. */
export const PlatformFeatures = {
  ApiAccess: 'Platform.ApiAccess',
  ApiRequestsPerMinute: 'Platform.ApiAccess.RequestsPerMinute',
  /** Seats: how many users a tenant may have (0: no limit). */
  MaxUsers: 'Platform.MaxUsers',
} as const;
