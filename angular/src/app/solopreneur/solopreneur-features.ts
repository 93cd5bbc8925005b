/** The API's SolopreneurFeatures that the client checks. */
export const SolopreneurFeatures = {
  SocialPerformance: 'Solopreneur.SocialPerformance',
} as const;
