using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Integrations.Connections;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>Keeps a social account for every connected X, LinkedIn and Facebook account: new ones are synced at once, disconnected ones take their figures with them.</summary>
internal sealed class SocialAccountTracker(PikarDbContext db, TimeProvider clock) : IConnectionObserver
{
    public async Task ConnectedAsync(ConnectionDto connection, CancellationToken cancellationToken)
    {
        if (SocialNetworks.All.Contains(connection.Provider))
        {
            (await EnsureTrackedAsync(connection.Id, connection.Provider, cancellationToken)).Due(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The account of a connection, created if the connection predates social performance.</summary>
    public async Task<SocialAccount> EnsureTrackedAsync(Guid connectionId, string provider, CancellationToken cancellationToken)
    {
        var account = await db.Set<SocialAccount>().SingleOrDefaultAsync(a => a.ConnectionId == connectionId, cancellationToken);
        if (account is null)
        {
            account = new SocialAccount { ConnectionId = connectionId, Provider = provider };
            db.Add(account);
            await db.SaveChangesAsync(cancellationToken);
        }

        return account;
    }

    public Task DisconnectedAsync(ConnectionDto connection, CancellationToken cancellationToken) =>
        db.Set<SocialAccount>().Where(a => a.ConnectionId == connection.Id).ExecuteDeleteAsync(cancellationToken);
}
