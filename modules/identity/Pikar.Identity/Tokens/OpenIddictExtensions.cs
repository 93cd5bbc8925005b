using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Server;
using Pikar.Data;
using Pikar.Seeding;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Pikar.Identity.Tokens;

internal static class OpenIddictExtensions
{
    public static IServiceCollection AddPikarTokenServer(this IServiceCollection services, AuthOptions auth)
    {
        services.AddScoped<TokenPrincipalFactory>();
        services.AddScoped<IDataSeedContributor, ClientDataSeedContributor>();
        services.AddSingleton<SigningKeyRing>();
        services.AddOptions<OpenIddictServerOptions>().Configure<SigningKeyRing>((options, keys) => keys.AddTo(options));
        services.AddOptions<OpenIddict.Client.OpenIddictClientOptions>().Configure<SigningKeyRing>((options, keys) => keys.AddTo(options));

        services.AddOpenIddict()
            .AddCore(options =>
            {
                options.UseEntityFrameworkCore().UseDbContext<PikarDbContext>().ReplaceDefaultEntities<Guid>();
                options.ReplaceApplicationManager(typeof(ServingOriginApplicationManager<>));
            })
            .AddServer(options =>
            {
                options.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetUserInfoEndpointUris("connect/userinfo");

                options.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow().AllowClientCredentialsFlow();
                if (auth.AllowPasswordGrant)
                {
                    options.AllowPasswordFlow();
                }

                options.RequireProofKeyForCodeExchange();
                options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, AuthOptions.ApiScope);
                options.DisableAccessTokenEncryption();
                if (!string.IsNullOrEmpty(auth.Issuer))
                {
                    options.SetIssuer(new Uri(auth.Issuer));
                }

                var aspNetCore = options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
                if (auth.AllowHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                // Tokens travel in the Authorization header only; hubs get theirs from the query through the host.
                options.UseAspNetCore().DisableAccessTokenExtractionFromQueryString();
            });

        return services;
    }
}
