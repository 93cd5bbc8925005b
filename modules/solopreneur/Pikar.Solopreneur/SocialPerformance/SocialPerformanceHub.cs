using Microsoft.AspNetCore.SignalR;
using Pikar.MultiTenancy;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>
/// Live refresh for the open dashboard: a connection joins its tenant's group and hears <c>accountSynced</c>
/// (the account's id) whenever new figures are stored. Browsers pass the bearer token as <c>access_token</c>
/// in the query string, since WebSockets cannot carry headers.
/// </summary>
internal sealed class SocialPerformanceHub(ICurrentTenant currentTenant) : Hub
{
    public const string Path = "/hubs/social-performance";
    public const string AccountSynced = "accountSynced";

    public static string Group(Guid tenantId) => $"social-performance:{tenantId:N}";

    public override async Task OnConnectedAsync()
    {
        // The route requires a tenant user with the permission; a host token has no tenant and no group.
        if (currentTenant.Id is not { } tenantId)
        {
            Context.Abort();
            return;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, Group(tenantId));
        await base.OnConnectedAsync();
    }
}

/// <summary>Tells the tenant's open dashboards that an account has new figures, once they are committed.</summary>
internal sealed class SocialPerformanceLive(IHubContext<SocialPerformanceHub> hub, ICurrentTenant currentTenant)
{
    public Task AccountSyncedAsync(Guid accountId, CancellationToken ct)
    {
        if (currentTenant.Id is not { } tenantId)
        {
            return Task.CompletedTask;
        }

        Task Send(CancellationToken token) => hub.Clients.Group(SocialPerformanceHub.Group(tenantId)).SendAsync(SocialPerformanceHub.AccountSynced, accountId, token);
        return Pikar.Data.AfterCommit.TryDefer(Send) ? Task.CompletedTask : Send(ct);
    }
}
