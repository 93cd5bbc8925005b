using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Pikar.Integrations.Providers;

/// <summary>
/// The HTTP clients that talk to each provider: one to the real service, one to its sandbox on this Pikar.
/// Named <c>provider</c> and <c>provider-sandbox</c>, so hosting can tune them (and tests can route the sandbox in memory).
/// </summary>
internal static class ProviderHttpClients
{
    public const string SandboxSuffix = "-sandbox";

    public static string Name(string provider, bool sandbox) => sandbox ? provider + SandboxSuffix : provider;

    public static IServiceCollection AddProviderHttpClients(this IServiceCollection services)
    {
        services.AddHttpClient(Name(IntegrationProviders.X, sandbox: false), (provider, http) =>
            http.BaseAddress = provider.GetRequiredService<IOptions<IntegrationsOptions>>().Value.X.ApiBaseUrl);
        services.AddHttpClient(Name(IntegrationProviders.X, sandbox: true), (provider, http) =>
            http.BaseAddress = new Uri(provider.GetRequiredService<IOptions<IntegrationsOptions>>().Value.SandboxBaseUrl, "x/"));
        services.AddHttpClient(Name(IntegrationProviders.LinkedIn, sandbox: false), (provider, http) =>
            http.BaseAddress = provider.GetRequiredService<IOptions<IntegrationsOptions>>().Value.LinkedIn.ApiBaseUrl);
        services.AddHttpClient(Name(IntegrationProviders.LinkedIn, sandbox: true), (provider, http) =>
            http.BaseAddress = new Uri(provider.GetRequiredService<IOptions<IntegrationsOptions>>().Value.SandboxBaseUrl, "linkedin/"));
        services.AddHttpClient(Name(IntegrationProviders.Facebook, sandbox: false), (provider, http) =>
            http.BaseAddress = provider.GetRequiredService<IOptions<IntegrationsOptions>>().Value.Facebook.GraphBaseUrl);
        services.AddHttpClient(Name(IntegrationProviders.Facebook, sandbox: true), (provider, http) =>
            http.BaseAddress = new Uri(provider.GetRequiredService<IOptions<IntegrationsOptions>>().Value.SandboxBaseUrl, "facebook/v21.0/"));
        return services;
    }
}
