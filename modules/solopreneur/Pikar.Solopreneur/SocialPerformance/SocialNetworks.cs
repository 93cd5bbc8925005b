using Pikar.Integrations;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>The networks social performance follows.</summary>
internal static class SocialNetworks
{
    public static IReadOnlyList<string> All { get; } = [IntegrationProviders.X, IntegrationProviders.LinkedIn, IntegrationProviders.Facebook];
}
