using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Errors;
using Pikar.Integrations.Connections;

namespace Pikar.Integrations.Providers.X;

/// <summary>
/// X on behalf of one connection of the current tenant: the right endpoint (real or sandbox), its decrypted
/// token, and a refused token reported to the connection's health, so the owner is told.
/// </summary>
internal sealed class XConnectionClient(
    PikarDbContext db, ConnectionTokens tokens, ConnectionService connections, IHttpClientFactory httpClients, TimeProvider clock)
{
    public Task<XUser> GetMeAsync(Guid connectionId, CancellationToken ct) =>
        CallAsync(connectionId, (client, token) => client.GetMeAsync(token, ct), ct);

    public Task<XPost> PostAsync(Guid connectionId, string text, CancellationToken ct) =>
        CallAsync(connectionId, (client, token) => client.PostAsync(token, text, ct), ct);

    public Task<IReadOnlyList<XPostMetrics>> GetMetricsAsync(Guid connectionId, IReadOnlyCollection<string> postIds, CancellationToken ct) =>
        CallAsync(connectionId, (client, token) => client.GetMetricsAsync(token, postIds, ct), ct);

    private async Task<T> CallAsync<T>(Guid connectionId, Func<XApiClient, string, Task<T>> call, CancellationToken ct)
    {
        var connection = await db.Set<Connection>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId && c.Provider == IntegrationProviders.X, ct)
            ?? throw new EntityNotFoundException(typeof(Connection), connectionId);
        if (connection.Health == ConnectionHealth.ReauthRequired)
        {
            throw new ProviderUnauthorizedException(IntegrationProviders.X, connection.LastError ?? "The X account must be reconnected.");
        }

        var client = new XApiClient(httpClients.CreateClient(ProviderHttpClients.Name(IntegrationProviders.X, connection.IsSandbox)), clock);
        try
        {
            return await call(client, tokens.Unprotect(connection.ProtectedAccessToken));
        }
        catch (ProviderUnauthorizedException e)
        {
            await connections.ReportUnauthorizedAsync(connectionId, e.Message, ct);
            throw;
        }
    }
}
