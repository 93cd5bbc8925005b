using Microsoft.EntityFrameworkCore;

namespace Pikar.Data;

public static class TransactionExtensions
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction, joining the current one when there is one. What the
    /// work defers with <see cref="AfterCommit.TryDefer"/> runs once the transaction committed, and never
    /// when it did not.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this DbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        var deferred = new List<Func<CancellationToken, Task>>();
        T result;
        using (AfterCommit.Collect(deferred))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            result = await work();
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var action in deferred)
        {
            await action(cancellationToken);
        }

        return result;
    }
}

/// <summary>Work that must wait for the surrounding <see cref="TransactionExtensions.InTransactionAsync"/> to commit.</summary>
public static class AfterCommit
{
    private static readonly AsyncLocal<List<Func<CancellationToken, Task>>?> Pending = new();

    /// <summary>Queues <paramref name="action"/> for after the commit; false (nothing queued) outside a transaction.</summary>
    public static bool TryDefer(Func<CancellationToken, Task> action)
    {
        if (Pending.Value is not { } pending)
        {
            return false;
        }

        pending.Add(action);
        return true;
    }

    internal static IDisposable Collect(List<Func<CancellationToken, Task>> deferred)
    {
        var outer = Pending.Value;
        Pending.Value = deferred;
        return new Restore(outer);
    }

    private sealed class Restore(List<Func<CancellationToken, Task>>? outer) : IDisposable
    {
        public void Dispose() => Pending.Value = outer;
    }
}
