using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Pikar.Identity.Users;
using Pikar.MultiTenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;
using OidcErrors = OpenIddict.Abstractions.OpenIddictConstants.Errors;
using Pikar.Authorization;

namespace Pikar.Identity.Tokens;

/// <summary>The OpenID Connect endpoints; OpenIddict validates each request before it reaches them.</summary>
internal static class ConnectEndpoints
{
    public static void MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/connect")
            .AllowAnonymous("The OpenID Connect protocol itself: OpenIddict authenticates the client and the grant.")
            .ExcludeFromDescription();
        group.MapMethods("/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync);
        group.MapPost("/token", TokenAsync);
        group.MapMethods("/logout", [HttpMethods.Get, HttpMethods.Post], (Delegate)LogoutAsync);
        group.MapMethods("/userinfo", [HttpMethods.Get, HttpMethods.Post], (Delegate)UserInfoAsync);
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, UserManager<User> users, TokenPrincipalFactory principals)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!cookie.Succeeded || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Forbid(OidcErrors.LoginRequired, "The user is not signed in.");
            }

            var returnUrl = http.Request.PathBase + http.Request.Path + QueryString.Create(
                http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList());
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }

        var user = await users.GetUserAsync(cookie.Principal!);
        if (user is null || !user.IsActive)
        {
            return Results.Challenge(new AuthenticationProperties { RedirectUri = "/" }, [IdentityConstants.ApplicationScheme]);
        }

        return Results.SignIn(await principals.CreateAsync(user, request.GetScopes()), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(
        HttpContext http,
        UserManager<User> users,
        SignInManager<User> signIn,
        TokenPrincipalFactory principals,
        ICurrentTenant currentTenant,
        ITenantStore tenants,
        IOpenIddictApplicationManager applications,
        IOptions<AuthOptions> options)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");

        if (request.IsPasswordGrantType())
        {
            if (!options.Value.AllowPasswordGrant || request.ClientId != AuthOptions.AppClientId)
            {
                return Forbid(OidcErrors.UnauthorizedClient, "The password grant is not enabled for this client.");
            }

            var tenantKey = (string?)request[MultiTenancyConstants.TenantKey];
            var tenant = string.IsNullOrWhiteSpace(tenantKey) ? null : await tenants.FindByNameAsync(tenantKey, http.RequestAborted);
            if (!string.IsNullOrWhiteSpace(tenantKey) && tenant is not { IsActive: true })
            {
                return Forbid(OidcErrors.InvalidGrant, $"There is no active tenant '{tenantKey}'.");
            }

            using (tenant is null ? null : currentTenant.Change(tenant.Id, tenant.Name))
            {
                var user = await users.FindByNameOrEmailAsync(request.Username);
                if (user is null || !user.IsActive)
                {
                    return Forbid(OidcErrors.InvalidGrant, "The user name or password is invalid.");
                }

                var result = await signIn.CheckPasswordSignInAsync(user, request.Password ?? "", lockoutOnFailure: true);
                if (!result.Succeeded)
                {
                    return Forbid(OidcErrors.InvalidGrant, result.IsLockedOut ? "The account is locked out." : "The user name or password is invalid.");
                }

                return Results.SignIn(await principals.CreateAsync(user, request.GetScopes()), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            }
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var tenantId = Guid.TryParse(granted?.GetClaim(MultiTenancyConstants.TenantIdClaim), out var id) ? id : (Guid?)null;
            if (tenantId is { } tid && await tenants.FindAsync(tid, http.RequestAborted) is not { IsActive: true })
            {
                return Forbid(OidcErrors.InvalidGrant, "The tenant is no longer active.");
            }

            using (currentTenant.Change(tenantId))
            {
                var user = await users.FindByIdAsync(granted?.GetClaim(Claims.Subject) ?? "");
                if (user is null || !user.IsActive || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
                {
                    return Forbid(OidcErrors.InvalidGrant, "The user can no longer sign in.");
                }

                return Results.SignIn(await principals.CreateAsync(user, granted!.GetScopes()), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            }
        }

        if (request.IsClientCredentialsGrantType())
        {
            var client = await applications.FindByClientIdAsync(request.ClientId!, http.RequestAborted);
            var displayName = client is null ? null : await applications.GetDisplayNameAsync(client, http.RequestAborted);
            return Results.SignIn(TokenPrincipalFactory.CreateForClient(request.ClientId!, displayName, request.GetScopes()),
                null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Forbid(OidcErrors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static async Task<IResult> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static async Task<IResult> UserInfoAsync(HttpContext http)
    {
        var principal = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        if (principal is null)
        {
            return Results.Challenge(null, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object?>(StringComparer.Ordinal) { [Claims.Subject] = principal.GetClaim(Claims.Subject) };
        foreach (var type in new[] { Claims.Name, Claims.PreferredUsername, Claims.Email, Claims.GivenName, Claims.FamilyName, MultiTenancyConstants.TenantIdClaim })
        {
            if (principal.GetClaim(type) is { } value)
            {
                claims[type] = value;
            }
        }

        if (principal.HasScope(Scopes.Roles))
        {
            claims[Claims.Role] = principal.GetClaims(Claims.Role);
        }

        return Results.Ok(claims);
    }

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
