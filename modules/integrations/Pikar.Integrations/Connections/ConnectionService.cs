using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Errors;
using Pikar.Notifications;
using Pikar.Paging;

namespace Pikar.Integrations.Connections;

/// <summary>What a new or renewed authorization brings: the account and its tokens in clear (they are encrypted here).</summary>
internal sealed record AuthorizedAccount(
    string Provider, bool IsSandbox, string AccountId, string DisplayName, IReadOnlyList<string> Scopes,
    string AccessToken, string? RefreshToken, DateTimeOffset? AccessTokenExpiresAt);

internal sealed class ConnectionService(
    PikarDbContext db, ConnectionTokens tokens, INotificationPublisher notifications,
    IEnumerable<IConnectionGuard> guards, IEnumerable<IConnectionObserver> observers,
    ConnectionRefresher refresher, TimeProvider clock)
{
    public static readonly SortMap<Connection> Sorting = new SortMap<Connection>("creationTime desc")
        .Add("creationTime", c => c.CreationTime)
        .Add("provider", c => c.Provider)
        .Add("displayName", c => c.DisplayName)
        .Add("health", c => c.Health)
        .Add("accessTokenExpiresAt", c => c.AccessTokenExpiresAt);

    public async Task<PagedResult<ConnectionDto>> GetListAsync(GetConnectionsInput input, CancellationToken ct)
    {
        var query = db.Set<Connection>().AsNoTracking();
        if (input.Provider is { } provider)
        {
            query = query.Where(c => c.Provider == provider);
        }

        if (input.Health is { } health)
        {
            query = query.Where(c => c.Health == health);
        }

        var total = await query.LongCountAsync(ct);
        var page = await Sorting.Apply(query, input.Sorting, c => c.Id).Skip(input.Skip).Take(input.Take).ToListAsync(ct);
        return new PagedResult<ConnectionDto>(total, page.Select(ToDto).ToList());
    }

    public async Task<ConnectionDto> GetAsync(Guid id, CancellationToken ct) => ToDto(await FindAsync(id, ct));

    public async Task<IReadOnlyList<ConnectionDto>> ListAsync(IReadOnlyCollection<string> providers, CancellationToken ct) =>
        (await db.Set<Connection>().AsNoTracking().Where(c => providers.Contains(c.Provider)).OrderBy(c => c.CreationTime).ThenBy(c => c.Id).ToListAsync(ct))
        .Select(ToDto).ToList();

    /// <summary>Disconnecting forgets the tokens at once; the record stays (soft-deleted) for the audit trail.</summary>
    public Task DisconnectAsync(Guid id, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var connection = await FindAsync(id, ct);
        connection.ProtectedAccessToken = "";
        connection.ProtectedRefreshToken = null;
        db.Remove(connection);
        await db.SaveChangesAsync(ct);
        foreach (var observer in observers)
        {
            await observer.DisconnectedAsync(ToDto(connection), ct);
        }

        return true;
    }, ct);

    /// <summary>Connects an account, or renews the tokens of the one already connected (a reconnect).</summary>
    public Task<ConnectionDto> ConnectAsync(AuthorizedAccount account, Guid connectedBy, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var connection = await db.Set<Connection>().SingleOrDefaultAsync(c => c.Provider == account.Provider && c.AccountId == account.AccountId, ct);
        if (connection is null)
        {
            foreach (var guard in guards)
            {
                await guard.EnsureCanAddAsync(account.Provider, ct);
            }

            connection = new Connection
            {
                Provider = account.Provider,
                IsSandbox = account.IsSandbox,
                AccountId = account.AccountId,
                DisplayName = account.DisplayName,
                ProtectedAccessToken = "",
            };
            db.Add(connection);
        }

        connection.DisplayName = account.DisplayName;
        connection.Scopes = string.Join(' ', account.Scopes);
        connection.ConnectedByUserId = connectedBy;
        connection.RefreshSucceeded(
            tokens.Protect(account.AccessToken), account.RefreshToken is null ? null : tokens.Protect(account.RefreshToken),
            account.AccessTokenExpiresAt, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        var connected = ToDto(connection);
        foreach (var observer in observers)
        {
            await observer.ConnectedAsync(connected, ct);
        }

        return connected;
    }, ct);

    /// <summary>
    /// Renews the given connections (of the current tenant) that can be renewed and moves the rest along with the
    /// clock, telling their owners what changed.
    /// </summary>
    public async Task<int> EvaluateExpiryAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var changed = 0;
        foreach (var id in ids)
        {
            changed += await LockedAsync(id, whenGone: 0, async connection =>
            {
                var before = connection.Health;
                if (connection.RefreshDue(now))
                {
                    await refresher.RefreshAsync(connection, ct);
                }

                if (connection.EvaluateExpiry(now) == before && !(connection.LastRefreshTime >= now))
                {
                    return 0;
                }

                await db.SaveChangesAsync(ct);
                await AnnounceAsync(connection, ct);
                return 1;
            }, ct);
        }

        return changed;
    }

    /// <summary>
    /// Renews a connection whose access token (<paramref name="refusedAccessToken"/>) the provider refused, with its
    /// refresh token: the new access token, or null with the connection's health when it could not be renewed (its
    /// owner is told). If another caller renewed it meanwhile, that token is returned: a refresh token is single-use.
    /// </summary>
    public async Task<(string? AccessToken, ConnectionHealth Health)> RenewAsync(Guid id, string refusedAccessToken, CancellationToken ct) =>
        await LockedAsync(id, whenGone: ((string?)null, ConnectionHealth.ReauthRequired), async connection =>
        {
            if (connection is not { ProtectedRefreshToken: not null, Health: not ConnectionHealth.ReauthRequired })
            {
                return ((string?)null, connection.Health);
            }

            var current = tokens.Unprotect(connection.ProtectedAccessToken);
            if (current != refusedAccessToken && connection.Health == ConnectionHealth.Healthy)
            {
                return (current, connection.Health);
            }

            var before = connection.Health;
            await refresher.RefreshAsync(connection, ct);
            await db.SaveChangesAsync(ct);
            if (connection.Health != before)
            {
                await AnnounceAsync(connection, ct);
            }

            return (connection.Health == ConnectionHealth.Healthy ? tokens.Unprotect(connection.ProtectedAccessToken) : null, connection.Health);
        }, ct);

    /// <summary>
    /// Work on a connection that holds its row: renewals of one connection happen one after another, each seeing what
    /// the one before stored; <paramref name="whenGone"/> when the connection is gone (disconnected meanwhile).
    /// </summary>
    private Task<T> LockedAsync<T>(Guid id, T whenGone, Func<Connection, Task<T>> work, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM integrations.connections WHERE id = {id} FOR UPDATE", ct);
        // A copy tracked before the lock may be stale: it is refreshed; otherwise the row is read once, under the lock.
        var tracked = db.ChangeTracker.Entries<Connection>().SingleOrDefault(e => e.Entity.Id == id);
        if (tracked is not null)
        {
            await tracked.ReloadAsync(ct);
        }

        var connection = tracked is { State: not EntityState.Detached } ? tracked.Entity : await db.Set<Connection>().SingleOrDefaultAsync(c => c.Id == id, ct);
        return connection is null or { IsDeleted: true } ? whenGone : await work(connection);
    }, ct);

    /// <summary>A provider refused the connection's token (a 401 on any call): it needs the user now, and they are told.</summary>
    public async Task ReportUnauthorizedAsync(Guid id, string error, CancellationToken ct)
    {
        var connection = await FindAsync(id, ct);
        if (connection.Health == ConnectionHealth.ReauthRequired)
        {
            return;
        }

        connection.Unauthorized(error);
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(connection, ct);
    }

    private Task AnnounceAsync(Connection connection, CancellationToken ct)
    {
        var account = $"{IntegrationProviders.DisplayName(connection.Provider)}{(connection.IsSandbox ? " sandbox" : "")} account {connection.DisplayName}";
        var message = connection.Health switch
        {
            ConnectionHealth.Expiring => new NotificationMessage(
                $"{account} expires soon", $"Its access ends {connection.AccessTokenExpiresAt:yyyy-MM-dd HH:mm} UTC unless it is renewed.",
                NotificationSeverity.Warning, $"connection:{connection.Id}:expiring", "/integrations/connections"),
            ConnectionHealth.RefreshFailed => new NotificationMessage(
                $"{account} could not be renewed", connection.LastError ?? "Renewing its access failed; Pikar tries again.",
                NotificationSeverity.Warning, $"connection:{connection.Id}:refresh-failed", "/integrations/connections"),
            ConnectionHealth.ReauthRequired => new NotificationMessage(
                $"Reconnect your {account}", connection.LastError ?? "The provider no longer accepts Pikar's access.",
                NotificationSeverity.Error, $"connection:{connection.Id}:reauth", "/integrations/connections"),
            _ => null,
        };
        return message is null ? Task.CompletedTask : notifications.PublishAsync(connection.ConnectedByUserId, message, ct);
    }

    private async Task<Connection> FindAsync(Guid id, CancellationToken ct) =>
        await db.Set<Connection>().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new EntityNotFoundException(typeof(Connection), id);

    private static ConnectionDto ToDto(Connection c) => new(
        c.Id, c.Provider, IntegrationProviders.DisplayName(c.Provider), c.IsSandbox, c.AccountId, c.DisplayName,
        c.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), c.ConnectedByUserId, c.CreationTime, c.AccessTokenExpiresAt,
        c.Health, c.LastError, c.LastRefreshTime);
}
