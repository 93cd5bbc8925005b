using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pikar.Data;

/// <summary>
/// A context keeps its connection from first use until it is disposed (EF would close it after
/// every query), so the row-level-security session is applied once per context, not once per query.
/// </summary>
internal sealed class DatabaseSessionConnectionInterceptor(DatabaseSession session) : DbConnectionInterceptor
{
    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        KeepOpen(eventData, result);

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(KeepOpen(eventData, result));

    private static InterceptionResult KeepOpen(ConnectionEventData eventData, InterceptionResult result) =>
        eventData.Context is PikarDbContext ? InterceptionResult.Suppress() : result;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        session.Opened(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        session.Opened(connection);
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
        if (!CanCarrySession(eventData) || !session.TryPrefix(command))
        {
            session.EnsureApplied(command.Connection!);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (!CanCarrySession(eventData) || !session.TryPrefix(command))
        {
            await session.EnsureAppliedAsync(command.Connection!, cancellationToken);
        }

        return result;
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        session.CompletePrefixed(command, result);
        return result;
    }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        await session.CompletePrefixedAsync(command, result, cancellationToken);
        return result;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => session.Failed(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        session.Failed(command);
        return Task.CompletedTask;
    }

    private static bool CanCarrySession(CommandEventData eventData) => eventData.CommandSource == CommandSource.LinqQuery;

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        session.EnsureApplied(command.Connection!);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await session.EnsureAppliedAsync(command.Connection!, cancellationToken);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        session.EnsureApplied(command.Connection!);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await session.EnsureAppliedAsync(command.Connection!, cancellationToken);
        return result;
    }
}

/// <summary>A rolled-back transaction also rolls back <c>set_config</c>, so the connection must be applied again.</summary>
internal sealed class DatabaseSessionTransactionInterceptor(DatabaseSession session) : DbTransactionInterceptor
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

    private void Forget(TransactionEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            session.Forget(context.Database.GetDbConnection());
        }
    }
}
