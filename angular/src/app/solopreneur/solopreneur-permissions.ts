/** The API's SolopreneurPermissions: Manage is only granted together with the view permission. */
export const SolopreneurPermissions = {
  SocialPerformance: {
    Default: 'Solopreneur.SocialPerformance',
    /** Connect, reconnect and disconnect accounts, and refresh their figures. */
    Manage: 'Solopreneur.SocialPerformance.Manage',
  },
} as const;
