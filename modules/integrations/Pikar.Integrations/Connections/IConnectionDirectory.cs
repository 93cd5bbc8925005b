using Pikar.Integrations.Connect;

namespace Pikar.Integrations.Connections;

/// <summary>The current tenant's connected accounts, for the features built on them.</summary>
public interface IConnectionDirectory
{
    /// <summary>The connections to any of <paramref name="providers"/>, oldest first.</summary>
    Task<IReadOnlyList<ConnectionDto>> ListAsync(IReadOnlyCollection<string> providers, CancellationToken cancellationToken);

    Task<ConnectionDto> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Starts connecting a new account: the consent URL to open in a popup. Every <see cref="IConnectionGuard"/> is asked first.</summary>
    Task<ConnectionAuthorizationDto> AuthorizeAsync(AuthorizeConnectionInput input, CancellationToken cancellationToken);

    /// <summary>Starts renewing an existing connection's authorization (a reconnect): not a new account, so no guard is asked.</summary>
    Task<ConnectionAuthorizationDto> ReauthorizeAsync(Guid id, CancellationToken cancellationToken);

    Task DisconnectAsync(Guid id, CancellationToken cancellationToken);
}

/// <summary>
/// A rule on adding accounts that a feature owns (a plan's account limit, say): asked before a consent starts
/// and again before a new account is stored. Throw a <see cref="Errors.BusinessException"/> to refuse.
/// </summary>
public interface IConnectionGuard
{
    Task EnsureCanAddAsync(string provider, CancellationToken cancellationToken);
}

/// <summary>
/// Told when an account is connected (or reconnected) and when it is disconnected, in the same transaction, so a
/// feature keeps its own records of the account in step.
/// </summary>
public interface IConnectionObserver
{
    Task ConnectedAsync(ConnectionDto connection, CancellationToken cancellationToken);

    Task DisconnectedAsync(ConnectionDto connection, CancellationToken cancellationToken);
}
