using OpenIddict.Abstractions;
using OpenIddict.Client;
using Pikar.Integrations.Connect;

namespace Pikar.Integrations.Connections;

/// <summary>
/// Renews a connection's access with its refresh token through OpenIddict's client (the provider's token endpoint
/// of the registration the account was connected with). A refused refresh token needs the user; anything else is
/// worth another try.
/// </summary>
internal sealed class ConnectionRefresher(OpenIddictClientService oauth, ConnectionTokens tokens, TimeProvider clock)
{
    public async Task RefreshAsync(Connection connection, CancellationToken ct)
    {
        var provider = IntegrationProviders.DisplayName(connection.Provider);
        try
        {
            var result = await oauth.AuthenticateWithRefreshTokenAsync(new()
            {
                RegistrationId = OAuthClientRegistrations.RegistrationId(connection.Provider, connection.IsSandbox),
                RefreshToken = tokens.Unprotect(connection.ProtectedRefreshToken!),
                CancellationToken = ct,
            });
            connection.RefreshSucceeded(
                tokens.Protect(result.AccessToken),
                result.RefreshToken is { Length: > 0 } refresh ? tokens.Protect(refresh) : null,
                result.AccessTokenExpirationDate, clock.GetUtcNow());
        }
        catch (OpenIddictExceptions.ProtocolException e) when (e.Error is OpenIddictConstants.Errors.InvalidGrant)
        {
            connection.Unauthorized($"{provider} refused to renew the access ({e.ErrorDescription ?? e.Error}): reconnect the account.");
        }
        catch (Exception e) when (e is OpenIddictExceptions.ProtocolException or HttpRequestException or InvalidOperationException)
        {
            connection.RefreshFailed($"Renewing the {provider} access failed: {e.Message}", clock.GetUtcNow());
        }
    }
}
