/** The API's IntegrationProviders: the networks Pikar connects to, by the name the API filters on. */
export const IntegrationProviders = [
  { name: 'x', displayName: 'X' },
  { name: 'linkedin', displayName: 'LinkedIn' },
  { name: 'facebook', displayName: 'Facebook' },
] as const;
