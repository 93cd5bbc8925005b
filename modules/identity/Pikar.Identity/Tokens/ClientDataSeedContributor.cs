using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Pikar.Seeding;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Pikar.Identity.Tokens;

/// <summary>Registers the first-party app client (public, PKCE) and the configured machine clients.</summary>
internal sealed class ClientDataSeedContributor(IOpenIddictApplicationManager applications, IOptions<AuthOptions> options) : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is not null)
        {
            return;
        }

        var app = new OpenIddictApplicationDescriptor
        {
            ClientId = AuthOptions.AppClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Pikar",
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.GrantTypes.Password,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Roles,
                Permissions.Prefixes.Scope + AuthOptions.ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in options.Value.AppRedirectUris)
        {
            app.RedirectUris.Add(new Uri(uri));
            app.PostLogoutRedirectUris.Add(new Uri(uri));
        }

        await UpsertAsync(app, cancellationToken);

        foreach (var machine in options.Value.MachineClients.Where(m => m.ClientId.Length > 0 && m.ClientSecret.Length > 0))
        {
            await UpsertAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = machine.ClientId,
                ClientSecret = machine.ClientSecret,
                ClientType = ClientTypes.Confidential,
                DisplayName = machine.DisplayName ?? machine.ClientId,
                Permissions =
                {
                    Permissions.Endpoints.Token,
                    Permissions.GrantTypes.ClientCredentials,
                    Permissions.Prefixes.Scope + AuthOptions.ApiScope,
                },
            }, cancellationToken);
        }
    }

    private async Task UpsertAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken ct)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, ct);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, ct);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor, ct);
        }
    }
}
