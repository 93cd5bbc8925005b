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

    /// <summary>The client id and secret Pikar's app has at every sandbox.</summary>
    public const string SandboxClientId = "pikar";
    public const string SandboxClientSecret = "pikar-sandbox";

    public static string RegistrationId(string provider, bool sandbox) => sandbox ? provider + ProviderHttpClientsSuffix : provider;

    /// <summary>The provider and endpoint kind a registration id names (<c>x</c>, <c>x-sandbox</c>, ...).</summary>
    public static (string Provider, bool Sandbox) Parse(string registrationId) =>
        registrationId.EndsWith(ProviderHttpClientsSuffix, StringComparison.Ordinal)
            ? (registrationId[..^ProviderHttpClientsSuffix.Length], true)
            : (registrationId, false);

    public static IServiceCollection AddOutboundOAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(IntegrationsOptions.Section).Get<IntegrationsOptions>() ?? new IntegrationsOptions();
        var registrations = Registrations(options).ToList();
        services.AddOpenIddict().AddClient(client =>
        {
            client.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
            client.UseDataProtection();
            client.UseSystemNetHttp();
            client.UseAspNetCore()
                .EnableRedirectionEndpointPassthrough()
                .DisableTransportSecurityRequirement();
            client.DisableTokenStorage();
            foreach (var registration in registrations)
            {
                client.AddRegistration(registration);
            }

            client.SetRedirectionEndpointUris(registrations.Select(r => CallbackPath + r.RegistrationId).ToArray());
        });
        return services;
    }

    private static IEnumerable<OpenIddictClientRegistration> Registrations(IntegrationsOptions options)
    {
        var sandboxX = new Uri(options.SandboxBaseUrl, "x/");
        yield return Registration(RegistrationId(IntegrationProviders.X, sandbox: true), sandboxX, new Uri(sandboxX, "i/oauth2/authorize"), new Uri(sandboxX, "2/oauth2/token"),
            SandboxClientId, SandboxClientSecret, Providers.X.XScopes.Requested, pkce: true, ClientAuthenticationMethods.ClientSecretBasic);
        if (options.X is { ClientId: { } xClientId, ClientSecret: { } xClientSecret })
        {
            yield return Registration(IntegrationProviders.X, options.X.AuthorizationBaseUrl, new Uri(options.X.AuthorizationBaseUrl, "i/oauth2/authorize"), new Uri(options.X.ApiBaseUrl, "2/oauth2/token"),
                xClientId, xClientSecret, Providers.X.XScopes.Requested, pkce: true, ClientAuthenticationMethods.ClientSecretBasic);
        }

        // LinkedIn's web flow takes the secret in the form body and no PKCE (PKCE is its native-app flow, enabled on request).
        var sandboxLinkedIn = new Uri(options.SandboxBaseUrl, "linkedin/");
        yield return Registration(RegistrationId(IntegrationProviders.LinkedIn, sandbox: true), sandboxLinkedIn,
            new Uri(sandboxLinkedIn, "oauth/v2/authorization"), new Uri(sandboxLinkedIn, "oauth/v2/accessToken"),
            SandboxClientId, SandboxClientSecret, Providers.LinkedIn.LinkedInScopes.Requested, pkce: false, ClientAuthenticationMethods.ClientSecretPost);
        if (options.LinkedIn is { ClientId: { } linkedInClientId, ClientSecret: { } linkedInClientSecret })
        {
            var linkedIn = options.LinkedIn.AuthorizationBaseUrl;
            yield return Registration(IntegrationProviders.LinkedIn, linkedIn, new Uri(linkedIn, "oauth/v2/authorization"), new Uri(linkedIn, "oauth/v2/accessToken"),
                linkedInClientId, linkedInClientSecret, Providers.LinkedIn.LinkedInScopes.Requested, pkce: false, ClientAuthenticationMethods.ClientSecretPost);
        }

        // Facebook Login: the dialog on www.facebook.com, the token endpoint on the Graph API; the secret goes in the form.
        var sandboxFacebook = new Uri(options.SandboxBaseUrl, "facebook/v21.0/");
        yield return Registration(RegistrationId(IntegrationProviders.Facebook, sandbox: true), new Uri(options.SandboxBaseUrl, "facebook/"),
            new Uri(sandboxFacebook, "dialog/oauth"), new Uri(sandboxFacebook, "oauth/access_token"),
            SandboxClientId, SandboxClientSecret, Providers.Facebook.FacebookScopes.Requested, pkce: true, ClientAuthenticationMethods.ClientSecretPost);
        if (options.Facebook is { AppId: { } facebookAppId, AppSecret: { } facebookAppSecret })
        {
            yield return Registration(IntegrationProviders.Facebook, options.Facebook.AuthorizationBaseUrl,
                new Uri(options.Facebook.AuthorizationBaseUrl, "dialog/oauth"), new Uri(options.Facebook.GraphBaseUrl, "oauth/access_token"),
                facebookAppId, facebookAppSecret, Providers.Facebook.FacebookScopes.Requested, pkce: true, ClientAuthenticationMethods.ClientSecretPost);
        }
    }

    private static OpenIddictClientRegistration Registration(
        string registrationId, Uri issuer, Uri authorizationEndpoint, Uri tokenEndpoint, string clientId, string clientSecret,
        IEnumerable<string> scopes, bool pkce, string tokenEndpointAuthMethod)
    {
        var registration = new OpenIddictClientRegistration
        {
            RegistrationId = registrationId,
            ProviderName = registrationId,
            Issuer = issuer,
            ClientId = clientId,
            ClientSecret = clientSecret,
            RedirectUri = new Uri(CallbackPath + registrationId, UriKind.Relative),
            Configuration = new()
            {
                Issuer = issuer,
                AuthorizationEndpoint = authorizationEndpoint,
                TokenEndpoint = tokenEndpoint,
            },
        };
        registration.Scopes.UnionWith(scopes);
        registration.Configuration.GrantTypesSupported.Add(GrantTypes.AuthorizationCode);
        registration.Configuration.GrantTypesSupported.Add(GrantTypes.RefreshToken);
        registration.Configuration.ResponseTypesSupported.Add(ResponseTypes.Code);
        registration.Configuration.ResponseModesSupported.Add(ResponseModes.Query);
        if (pkce)
        {
            registration.Configuration.CodeChallengeMethodsSupported.Add(CodeChallengeMethods.Sha256);
        }

        registration.Configuration.TokenEndpointAuthMethodsSupported.Add(tokenEndpointAuthMethod);
        return registration;
    }

    private const string ProviderHttpClientsSuffix = Providers.ProviderHttpClients.SandboxSuffix;
}
