using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pikar.MultiTenancy;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>
/// Syncs an account in the background, in its tenant, once the webhook that asked for it is committed and answered:
/// the provider never waits on the network calls, and no database transaction stays open across them. The account
/// was marked due first, so if this never runs (the host stops), the sync job catches up.
/// </summary>
internal sealed partial class BackgroundSocialSync(
    IServiceScopeFactory scopes, ICurrentTenant currentTenant, IHostApplicationLifetime lifetime, ILogger<BackgroundSocialSync> logger)
{
    public void Start(Guid tenantId, Guid connectionId)
    {
        // A clean context: nothing of the webhook's request (its audit log, its tenant) flows into the sync.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(() => SyncAsync(tenantId, connectionId));
        }
    }

    private async Task SyncAsync(Guid tenantId, Guid connectionId)
    {
        try
        {
            await scopes.RunAsTenantAsync(currentTenant, tenantId, async services =>
            {
                await services.GetRequiredService<SocialSync>().SyncSoonAsync(connectionId, lifetime.ApplicationStopping);
                return true;
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, connectionId, tenantId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The background sync of connection {ConnectionId} (tenant {TenantId}) failed; the sync job tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid connectionId, Guid tenantId);
}
