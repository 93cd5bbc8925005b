using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pikar.Data;

namespace Pikar.Integrations.Webhooks;

/// <summary>
/// Hands a stored event (of the current tenant) to its provider's handlers and marks it processed in the
/// same transaction; a failure rolls the handlers' work back, records the error and leaves it for a retry.
/// </summary>
internal sealed partial class WebhookProcessor(
    PikarDbContext db, IEnumerable<IWebhookHandler> handlers, TimeProvider clock, ILogger<WebhookProcessor> logger)
{
    public async Task<bool> ProcessAsync(Guid eventId, CancellationToken ct)
    {
        var webhookEvent = await db.Set<WebhookEvent>().SingleAsync(e => e.Id == eventId, ct);
        if (webhookEvent.Status is WebhookEventStatus.Processed or WebhookEventStatus.Ignored || webhookEvent.ConnectionId is not { } connectionId)
        {
            return true;
        }

        webhookEvent.Attempts++;
        try
        {
            await db.InTransactionAsync(async () =>
            {
                using var payload = JsonDocument.Parse(webhookEvent.Payload);
                var message = new WebhookEventMessage(webhookEvent.Id, webhookEvent.Provider, webhookEvent.AccountId!, connectionId,
                    payload.RootElement, webhookEvent.ReceivedTime);
                foreach (var handler in handlers.Where(h => h.Provider == webhookEvent.Provider))
                {
                    await handler.HandleAsync(message, ct);
                }

                webhookEvent.Status = WebhookEventStatus.Processed;
                webhookEvent.ProcessedTime = clock.GetUtcNow();
                webhookEvent.LastError = null;
                await db.SaveChangesAsync(ct);
                return true;
            }, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, webhookEvent.Provider, webhookEvent.Id, webhookEvent.Attempts);
            db.ChangeTracker.Clear();
            await db.Set<WebhookEvent>().Where(x => x.Id == eventId).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, WebhookEventStatus.Failed)
                .SetProperty(x => x.Attempts, webhookEvent.Attempts)
                .SetProperty(x => x.LastError, e.Message.Length > 2000 ? e.Message[..2000] : e.Message), ct);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Processing the {Provider} webhook event {EventId} failed (attempt {Attempt}); it will be retried")]
    private static partial void LogFailed(ILogger logger, Exception exception, string provider, Guid eventId, int attempt);
}
