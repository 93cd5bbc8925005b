using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Errors;
using Pikar.Integrations.Connections;

namespace Pikar.Integrations.Providers;

/// <summary>What a call on behalf of a connection needs: the client for its endpoint (real or sandbox) and its token in clear.</summary>
internal sealed record ConnectionCall(string Provider, HttpClient Http, string AccessToken, string AccountId);

/// <summary>
/// Calls a provider on behalf of one connection of the current tenant: the right endpoint, its decrypted token,
/// and a refused token reported to the connection's health, so the owner is told.
/// </summary>
internal sealed class ConnectionCalls(PikarDbContext db, ConnectionTokens tokens, ConnectionService connections, IHttpClientFactory httpClients)
{
    public async Task<T> CallAsync<T>(Guid connectionId, string? provider, Func<ConnectionCall, Task<T>> call, CancellationToken ct)
    {
        var connection = await db.Set<Connection>().AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == connectionId && (provider == null || c.Provider == provider), ct)
            ?? throw new EntityNotFoundException(typeof(Connection), connectionId);
        if (connection.Health == ConnectionHealth.ReauthRequired)
        {
            throw new ProviderUnauthorizedException(connection.Provider,
                connection.LastError ?? $"The {IntegrationProviders.DisplayName(connection.Provider)} account must be reconnected.");
        }

        var http = httpClients.CreateClient(ProviderHttpClients.Name(connection.Provider, connection.IsSandbox));
        var accessToken = tokens.Unprotect(connection.ProtectedAccessToken);
        try
        {
            return await call(new ConnectionCall(connection.Provider, http, accessToken, connection.AccountId));
        }
        catch (ProviderUnauthorizedException e) when (connection.ProtectedRefreshToken is not null)
        {
            // The access token ended early (or the provider dropped it): renewed once, the call is made again.
            var (renewed, health) = await connections.RenewAsync(connectionId, accessToken, ct);
            if (renewed is not null)
            {
                return await RetryAsync(() => call(new ConnectionCall(connection.Provider, http, renewed, connection.AccountId)), connectionId, ct);
            }

            if (health == ConnectionHealth.RefreshFailed)
            {
                throw new ProviderUnavailableException(connection.Provider, $"The access ended and renewing it failed; Pikar tries again. ({e.Message})", e);
            }

            throw;
        }
        catch (ProviderUnauthorizedException e)
        {
            await connections.ReportUnauthorizedAsync(connectionId, e.Message, ct);
            throw;
        }
        catch (Exception e) when (ProviderAnswers.Unexpected(e))
        {
            throw ProviderAnswers.Unreadable(connection.Provider, e);
        }
    }

    private async Task<T> RetryAsync<T>(Func<Task<T>> call, Guid connectionId, CancellationToken ct)
    {
        try
        {
            return await call();
        }
        catch (ProviderUnauthorizedException e)
        {
            await connections.ReportUnauthorizedAsync(connectionId, e.Message, ct);
            throw;
        }
    }
}
