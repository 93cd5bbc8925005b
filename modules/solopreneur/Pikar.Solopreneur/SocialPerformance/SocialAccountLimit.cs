using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Errors;
using Pikar.Features;
using Pikar.Integrations.Connections;
using Pikar.Integrations.Social;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>A tenant connects at most <see cref="SolopreneurFeatures.SocialPerformance.MaxConnectedAccounts"/> social accounts (0: no limit).</summary>
internal sealed class SocialAccountLimit(PikarDbContext db, IFeatureChecker features) : IConnectionGuard
{
    public async Task EnsureCanAddAsync(string provider, CancellationToken cancellationToken)
    {
        if (!SocialNetworks.All.Contains(provider))
        {
            return;
        }

        var limit = await features.GetLimitAsync(SolopreneurFeatures.SocialPerformance.MaxConnectedAccounts, cancellationToken);
        if (limit > 0 && await db.Set<SocialAccount>().CountAsync(cancellationToken) >= limit)
        {
            throw new BusinessException(SolopreneurErrorCodes.MaxConnectedAccountsReached,
                $"This tenant's plan allows {limit} connected social accounts; disconnect one or upgrade the edition to add more.");
        }
    }
}
