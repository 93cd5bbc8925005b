using Microsoft.AspNetCore.Http;
using Pikar.Errors;

namespace Pikar.Data;

public static class ConcurrencyStamps
{
    /// <summary>
    /// Refuses an edit made on a version that is no longer current (409). A client that sends no
    /// stamp gets last-writer-wins; writes racing between load and save are caught by the stamp's
    /// concurrency token on save.
    /// </summary>
    public static void EnsureCurrent(string? currentStamp, string? clientStamp)
    {
        if (!string.IsNullOrEmpty(clientStamp) && !string.Equals(currentStamp, clientStamp, StringComparison.Ordinal))
        {
            throw new BusinessException(ErrorCodes.ConcurrencyConflict,
                "The record was changed by someone else. Reload it and try again.", StatusCodes.Status409Conflict, "concurrencyStamp");
        }
    }
}
