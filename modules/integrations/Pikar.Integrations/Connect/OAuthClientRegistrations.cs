using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Client;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Pikar.Integrations.Connect;

/// <summary>
/// Outbound OAuth 2.0 through OpenIddict's client: one registration per provider endpoint set (the sandbox
/// on this Pikar, the real service when its credentials are configured), with static provider metadata
/// since these providers publish no discovery document. State tokens are protected with Data Protection,
/// whose key ring every host shares, so the callback may land on any host.
/// </summary>
internal static class OAuthClientRegistrations
{
    public const string CallbackPath = "integrations/callback/";

    public static string RegistrationId(string provider, bool sandbox) => sandbox ? provider + "-sandbox" : provider;

    public static IServiceCollection AddOutboundOAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(IntegrationsOptions.Section).Get<IntegrationsOptions>() ?? new IntegrationsOptions();
        services.AddOpenIddict().AddClient(client =>
        {
            client.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
            client.UseDataProtection();
            client.UseSystemNetHttp();
            client.UseAspNetCore()
                .EnableRedirectionEndpointPassthrough()
                .DisableTransportSecurityRequirement();
            client.DisableTokenStorage();

            var sandboxX = new Uri(options.SandboxBaseUrl, "x/");
            client.AddRegistration(X(RegistrationId(IntegrationProviders.X, sandbox: true), sandboxX, sandboxX, "pikar", "pikar-sandbox"));
            client.SetRedirectionEndpointUris(CallbackPath + RegistrationId(IntegrationProviders.X, sandbox: true));
        });
        return services;
    }

    private static OpenIddictClientRegistration X(string registrationId, Uri oauthBase, Uri apiBase, string clientId, string clientSecret)
    {
        var registration = new OpenIddictClientRegistration
        {
            RegistrationId = registrationId,
            ProviderName = registrationId,
            Issuer = oauthBase,
            ClientId = clientId,
            ClientSecret = clientSecret,
            RedirectUri = new Uri(CallbackPath + registrationId, UriKind.Relative),
            Configuration = new()
            {
                Issuer = oauthBase,
                AuthorizationEndpoint = new Uri(oauthBase, "i/oauth2/authorize"),
                TokenEndpoint = new Uri(apiBase, "2/oauth2/token"),
            },
        };
        registration.Scopes.UnionWith(Providers.X.XScopes.Requested);
        registration.Configuration.GrantTypesSupported.Add(GrantTypes.AuthorizationCode);
        registration.Configuration.GrantTypesSupported.Add(GrantTypes.RefreshToken);
        registration.Configuration.ResponseTypesSupported.Add(ResponseTypes.Code);
        registration.Configuration.ResponseModesSupported.Add(ResponseModes.Query);
        registration.Configuration.CodeChallengeMethodsSupported.Add(CodeChallengeMethods.Sha256);
        registration.Configuration.TokenEndpointAuthMethodsSupported.Add(ClientAuthenticationMethods.ClientSecretBasic);
        return registration;
    }
}
