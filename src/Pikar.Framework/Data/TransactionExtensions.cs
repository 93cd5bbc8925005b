using Microsoft.EntityFrameworkCore;

namespace Pikar.Data;

public static class TransactionExtensions
{
    /// <summary>Runs <paramref name="work"/> in a transaction, joining the current one when there is one.</summary>
    public static async Task<T> InTransactionAsync<T>(this DbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
