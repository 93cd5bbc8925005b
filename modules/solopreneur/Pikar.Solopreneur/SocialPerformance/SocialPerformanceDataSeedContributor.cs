using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Integrations.Social;
using Pikar.Seeding;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>
/// A demo tenant's connected sandbox accounts come with four weeks of daily figures, as the sandbox would have
/// reported them, and are due for a live sync that carries the series on.
/// </summary>
internal sealed class SocialPerformanceDataSeedContributor(PikarDbContext db, ISandboxHistory history, SocialSync sync, TimeProvider clock) : IDataSeedContributor
{
    public const int HistoryDays = 28;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is null || !context.IncludeDemoData)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var account in await db.Set<SocialAccount>().Where(a => a.LastSyncTime == null).ToListAsync(cancellationToken))
        {
            for (var day = HistoryDays; day >= 0; day--)
            {
                var at = now.AddDays(-day);
                if (await history.ReadAsOfAsync(account.ConnectionId, at, cancellationToken) is not { } past)
                {
                    break;
                }

                await sync.RecordAsync(account, past.Account, past.Posts, at, cancellationToken);
            }

            account.Due(now);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
