using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Pikar.Identity.Users;
using Pikar.MultiTenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Pikar.Identity.Tokens;

/// <summary>The claims of Pikar's tokens: user id, name, email, roles and <c>tenantid</c>, each sent where its scope allows.</summary>
internal sealed class TokenPrincipalFactory(UserManager<User> users)
{
    public async Task<ClaimsPrincipal> CreateAsync(User user, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, user.UserName)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.EmailVerified, user.EmailConfirmed)
            .SetClaim(Claims.GivenName, user.Name)
            .SetClaim(Claims.FamilyName, user.Surname)
            .SetClaim(MultiTenancyConstants.TenantIdClaim, user.TenantId?.ToString())
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);

        identity.SetScopes(scopes);
        identity.SetResources(AuthOptions.ApiScope);
        identity.SetDestinations(claim => DestinationsOf(claim, scopes));
        return new ClaimsPrincipal(identity);
    }

    public static ClaimsPrincipal CreateForClient(string clientId, string? displayName, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId).SetClaim(Claims.Name, displayName ?? clientId);
        identity.SetScopes(scopes);
        identity.SetResources(AuthOptions.ApiScope);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    private static IEnumerable<string> DestinationsOf(Claim claim, ImmutableArray<string> scopes)
    {
        yield return Destinations.AccessToken;

        var toIdToken = claim.Type switch
        {
            Claims.Subject or MultiTenancyConstants.TenantIdClaim => true,
            Claims.Name or Claims.PreferredUsername or Claims.GivenName or Claims.FamilyName => scopes.Contains(Scopes.Profile),
            Claims.Email or Claims.EmailVerified => scopes.Contains(Scopes.Email),
            Claims.Role => scopes.Contains(Scopes.Roles),
            _ => false,
        };
        if (toIdToken)
        {
            yield return Destinations.IdentityToken;
        }
    }
}
