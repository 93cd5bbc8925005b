using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pikar.Data;

/// <summary>
/// A context keeps its connection from first use until it is disposed (EF would close it after
/// every query), so the row-level-security session is applied once per context, not once per query.
/// </summary>
internal sealed class DatabaseSessionConnectionInterceptor : DbConnectionInterceptor
{
    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        KeepOpen(eventData, result);

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(KeepOpen(eventData, result));

    private static InterceptionResult KeepOpen(ConnectionEventData eventData, InterceptionResult result) =>
        eventData.Context is PikarDbContext ? InterceptionResult.Suppress() : result;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (eventData.Context is PikarDbContext context)
        {
            DatabaseSession.Opened(context.Session);
        }
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ConnectionOpened(connection, eventData);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Applies the session before every command. A LINQ query carries it in front of its own SQL; other
/// commands (SaveChanges batches, whose row counts EF reads by statement position) get their own.
/// </summary>
internal sealed class DatabaseSessionCommandInterceptor(DatabaseSession session) : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        var state = StateOf(eventData);
        if (!CanCarrySession(eventData) || !session.TryPrefix(command, state))
        {
            session.EnsureApplied(command.Connection!, state);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        var state = StateOf(eventData);
        if (!CanCarrySession(eventData) || !session.TryPrefix(command, state))
        {
            await session.EnsureAppliedAsync(command.Connection!, state, cancellationToken);
        }

        return result;
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        DatabaseSession.CompletePrefixed(command, result, StateOf(eventData));
        return result;
    }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        await DatabaseSession.CompletePrefixedAsync(command, result, StateOf(eventData), cancellationToken);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        session.EnsureApplied(command.Connection!, StateOf(eventData));
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await session.EnsureAppliedAsync(command.Connection!, StateOf(eventData), cancellationToken);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        session.EnsureApplied(command.Connection!, StateOf(eventData));
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await session.EnsureAppliedAsync(command.Connection!, StateOf(eventData), cancellationToken);
        return result;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => DatabaseSession.Failed(StateOf(eventData));

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        DatabaseSession.Failed(StateOf(eventData));
        return Task.CompletedTask;
    }

    private static bool CanCarrySession(CommandEventData eventData) => eventData.CommandSource == CommandSource.LinqQuery;

    // The interceptors are registered on PikarDbContext only; any other context would be a wiring mistake.
    private static DatabaseSessionState StateOf(CommandEventData eventData) =>
        (eventData.Context as PikarDbContext)?.Session ?? throw new InvalidOperationException("The row-level-security session needs a PikarDbContext.");
}

/// <summary>A rolled-back transaction also rolls back <c>set_config</c>, so the connection must be applied again.</summary>
internal sealed class DatabaseSessionTransactionInterceptor : DbTransactionInterceptor
{
    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Forget(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    private static void Forget(TransactionEventData eventData)
    {
        if (eventData.Context is PikarDbContext context)
        {
            DatabaseSession.Forget(context.Session);
        }
    }
}
