using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Client.AspNetCore;
using Pikar.Authorization;
using Pikar.Errors;
using Pikar.Integrations.Connections;
using Pikar.Integrations.Providers;
using Pikar.Integrations.Social;
using Microsoft.Extensions.Options;
using OpenIddict.Client;
using Pikar.MultiTenancy;
using Pikar.Users;

namespace Pikar.Integrations.Connect;

/// <summary>
/// Connecting an account: the app asks for a ticket (bearer, permission checked), opens the ticket's URL in
/// a popup, which challenges through OpenIddict's client to the provider's consent; the provider returns to
/// the callback, where OpenIddict checks the state it issued and redeems the code, and the account is stored.
/// </summary>
internal static class ConnectEndpoints
{
    private const string TenantProperty = "pikar.tenant";
    private const string UserProperty = "pikar.user";
    private const string ReconnectionProperty = "pikar.reconnection";

    public static void MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/integrations/connections/authorize", AuthorizeAsync)
            .WithTags("Connections").WithName("AuthorizeConnection")
            .WithSummary("Starts connecting an account: the URL of the provider's consent, to open in a popup.")
            .RequirePermission(IntegrationsPermissions.Connections.Connect)
            .ProducesApiProblems();
        app.MapPost("/api/integrations/connections/{id:guid}/reauthorize", ReauthorizeAsync)
            .WithTags("Connections").WithName("ReauthorizeConnection")
            .WithSummary("Starts reconnecting an account whose access ended or was refused: the URL of the provider's consent, to open in a popup.")
            .RequirePermission(IntegrationsPermissions.Connections.Connect)
            .ProducesApiProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var browser = app.MapGroup("/integrations").ExcludeFromDescription();
        browser.MapGet("/connect", ChallengeAsync)
            .AllowAnonymous("A browser navigation cannot carry the bearer token: the short-lived ticket issued to the signed-in user is checked instead.");
        browser.MapGet("/callback/{registrationId}", CallbackAsync)
            .AllowAnonymous("The provider returns here; OpenIddict's client checks the state it issued before anything is stored.");
    }

    private static async Task<Ok<ConnectionAuthorizationDto>> AuthorizeAsync(
        AuthorizeConnectionInput input, IConnectionDirectory directory, CancellationToken ct) =>
        TypedResults.Ok(await directory.AuthorizeAsync(input, ct));

    private static async Task<Ok<ConnectionAuthorizationDto>> ReauthorizeAsync(Guid id, IConnectionDirectory directory, CancellationToken ct) =>
        TypedResults.Ok(await directory.ReauthorizeAsync(id, ct));

    private static IResult ChallengeAsync(string? ticket, ConnectTickets tickets)
    {
        if (tickets.Read(ticket) is not { } valid)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The connect link expired or is not valid; start again from Pikar.");
        }

        var properties = new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictClientAspNetCoreConstants.Properties.RegistrationId] = OAuthClientRegistrations.RegistrationId(valid.Provider, valid.Sandbox),
            [TenantProperty] = valid.TenantId.ToString(),
            [UserProperty] = valid.UserId.ToString(),
            [ReconnectionProperty] = valid.ReconnectionOf?.ToString(),
        });
        return Results.Challenge(properties, [OpenIddictClientAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static async Task<IResult> CallbackAsync(
        string registrationId, HttpContext http, ICurrentTenant currentTenant, ConnectionService connections,
        IEnumerable<ISocialNetworkApi> networks, IHttpClientFactory httpClients)
    {
        var result = await http.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Properties is not { } properties
            || !Guid.TryParse(properties.GetString(TenantProperty), out var tenantId)
            || !Guid.TryParse(properties.GetString(UserProperty), out var userId))
        {
            var error = result.Failure?.Message ?? "The provider did not authorize the connection.";
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: error);
        }

        var accessToken = properties.GetTokenValue(OpenIddictClientAspNetCoreConstants.Tokens.BackchannelAccessToken)!;
        var refreshToken = properties.GetTokenValue(OpenIddictClientAspNetCoreConstants.Tokens.RefreshToken);
        DateTimeOffset? expiresAt = DateTimeOffset.TryParse(
            properties.GetTokenValue(OpenIddictClientAspNetCoreConstants.Tokens.BackchannelAccessTokenExpirationDate),
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var expiry) ? expiry : null;

        // The registration the challenge was made with (carried in OpenIddict's protected state), not the URL's.
        if (properties.GetString(OpenIddictClientAspNetCoreConstants.Properties.RegistrationId) != registrationId)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The provider answered on another network's callback; start again from Pikar.");
        }

        var (provider, sandbox) = OAuthClientRegistrations.Parse(registrationId);
        var network = networks.Single(n => n.Provider == provider);
        AuthorizedIdentity identity;
        try
        {
            identity = await network.IdentifyAsync(httpClients.CreateClient(ProviderHttpClients.Name(provider, sandbox)), accessToken, http.RequestAborted);
        }
        catch (Exception e) when (e is ProviderException || ProviderAnswers.Unexpected(e))
        {
            var reason = e is ProviderException ? e.Message : ProviderAnswers.Unreadable(provider, e).Message;
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway, detail: $"The account was authorized, but reading it failed: {reason} Try again.");
        }

        using (currentTenant.Change(tenantId))
        {
            if (Guid.TryParse(properties.GetString(ReconnectionProperty), out var reconnectionOf)
                && await connections.GetAsync(reconnectionOf, http.RequestAborted) is { } renewing && renewing.AccountId != identity.AccountId)
            {
                return Results.Problem(statusCode: StatusCodes.Status409Conflict,
                    detail: $"You signed in as {identity.DisplayName}, but {renewing.DisplayName} is being reconnected. Sign in to {IntegrationProviders.DisplayName(provider)} as {renewing.DisplayName} and try again.");
            }

            await connections.ConnectAsync(new AuthorizedAccount(provider, sandbox, identity.AccountId, identity.DisplayName, network.Scopes,
                identity.AccessToken ?? accessToken, identity.AccessToken is null ? refreshToken : null,
                identity.AccessToken is null ? expiresAt : identity.AccessTokenExpiresAt), userId, http.RequestAborted);
        }

        return Results.Content("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Connected</title></head>
            <body><main><h1>Account connected</h1><p>You can close this window.</p>
            <script>if (window.opener) { window.opener.postMessage({ type: 'pikar:connected' }, window.location.origin); window.close(); }</script>
            </main></body></html>
            """, "text/html; charset=utf-8");
    }
}
