using Microsoft.EntityFrameworkCore.ChangeTracking;
using Pikar.Domain;

namespace Pikar.Data;

public static class ConcurrencyStampExtensions
{
    /// <summary>
    /// Makes the save fail with a 409 when the client edited a version that is no longer current.
    /// A client that sends no stamp gets last-writer-wins.
    /// </summary>
    public static void ExpectConcurrencyStamp<T>(this EntityEntry<T> entry, string? clientStamp) where T : class, IHasConcurrencyStamp
    {
        if (!string.IsNullOrEmpty(clientStamp))
        {
            entry.Property(e => e.ConcurrencyStamp).OriginalValue = clientStamp;
        }
    }
}
