using System.Security.Cryptography;
using Pikar.Identity;
using Pikar.Seeding;

namespace Pikar.Integrations.Connections;

/// <summary>A demo tenant's admin has sandbox accounts connected on each network; one nears its expiry.</summary>
internal sealed class IntegrationsDataSeedContributor(IIdentityLookup identity, ConnectionService connections, TimeProvider clock) : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is null || !context.IncludeDemoData || await identity.FindUserIdAsync("admin", cancellationToken) is not { } admin)
        {
            return;
        }

        var now = clock.GetUtcNow();
        (string Provider, string Account, string Name, TimeSpan ValidFor)[] accounts =
        [
            (IntegrationProviders.X, "sandbox-x-1", "@pikar_demo", TimeSpan.FromDays(60)),
            (IntegrationProviders.LinkedIn, "sandbox-li-1", "Pikar Demo", TimeSpan.FromDays(2)),
            (IntegrationProviders.Facebook, "sandbox-fb-1", "Pikar Demo Page", TimeSpan.FromDays(60)),
        ];
        foreach (var (provider, account, name, validFor) in accounts)
        {
            await connections.ConnectAsync(new AuthorizedAccount(
                provider, IsSandbox: true, account, name, ["read", "write"],
                AccessToken: "sandbox-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
                RefreshToken: "sandbox-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
                now + validFor), admin, cancellationToken);
        }
    }
}
