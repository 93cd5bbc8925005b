using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Pikar.Data;
using Pikar.Integrations.Connections;
using Pikar.MultiTenancy;

namespace Pikar.Integrations.Webhooks;

/// <summary>What became of a delivery.</summary>
internal enum WebhookOutcome
{
    Processed,
    Duplicate,
    Ignored,
    Failed,
}

/// <summary>
/// Stores a verified delivery in the tenant of the account it is about (or host-side, ignored, when no
/// tenant connected that account), then processes it. A redelivery is recognised by its content and changes nothing.
/// </summary>
internal sealed class WebhookIngress(PikarDbContext db, IDataScope dataScope, ICurrentTenant currentTenant, IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>
    /// A delivery about several accounts (a batch) becomes one event per account, each in its own tenant and processed
    /// on its own; the delivery counts as processed if any was, and is queued for a retry if any failed.
    /// </summary>
    public async Task<WebhookOutcome> ReceiveAsync(string provider, byte[] body, JsonElement payload, CancellationToken ct)
    {
        var accounts = WebhookAccounts.FindAll(provider, payload);
        if (accounts.Count <= 1)
        {
            return await StoreAsync(provider, body, accounts.Count == 1 ? accounts[0] : null, Key(body), ct);
        }

        var outcomes = new List<WebhookOutcome>();
        foreach (var account in accounts)
        {
            outcomes.Add(await StoreAsync(provider, body, account, Key([.. body, .. Encoding.UTF8.GetBytes("\n" + account)]), ct));
        }

        return outcomes.Contains(WebhookOutcome.Failed) ? WebhookOutcome.Failed
            : outcomes.Contains(WebhookOutcome.Processed) ? WebhookOutcome.Processed
            : outcomes.Contains(WebhookOutcome.Duplicate) ? WebhookOutcome.Duplicate
            : WebhookOutcome.Ignored;
    }

    private async Task<WebhookOutcome> StoreAsync(string provider, byte[] body, string? accountId, string deliveryKey, CancellationToken ct)
    {
        var connection = accountId is null ? null : await FindConnectionAsync(provider, accountId, ct);
        var webhookEvent = new WebhookEvent
        {
            Provider = provider,
            DeliveryKey = deliveryKey,
            AccountId = accountId,
            ConnectionId = connection?.Id,
            Payload = Encoding.UTF8.GetString(body),
            ReceivedTime = clock.GetUtcNow(),
            Status = connection is null ? WebhookEventStatus.Ignored : WebhookEventStatus.Received,
        };

        return await scopes.RunAsTenantAsync(currentTenant, connection?.TenantId, async services =>
        {
            var tenantDb = services.GetRequiredService<PikarDbContext>();
            tenantDb.Add(webhookEvent);
            try
            {
                await tenantDb.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return WebhookOutcome.Duplicate;
            }

            if (connection is null)
            {
                return WebhookOutcome.Ignored;
            }

            var processed = await services.GetRequiredService<WebhookProcessor>().ProcessAsync(webhookEvent.Id, ct);
            return processed ? WebhookOutcome.Processed : WebhookOutcome.Failed;
        });
    }

    /// <summary>A delivery's identity: its content, plus the account for each event of a batch.</summary>
    private static string Key(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private async Task<(Guid Id, Guid? TenantId)?> FindConnectionAsync(string provider, string accountId, CancellationToken ct)
    {
        using (dataScope.AcrossAllTenants())
        {
            var found = await db.Set<Connection>().IgnoreQueryFilters([DataFilters.MultiTenant]).AsNoTracking()
                .Where(c => !c.IsDeleted && c.Provider == provider && c.AccountId == accountId)
                .OrderBy(c => c.CreationTime)
                .Select(c => new { c.Id, c.TenantId })
                .FirstOrDefaultAsync(ct);
            return found is null ? null : (found.Id, found.TenantId);
        }
    }
}
