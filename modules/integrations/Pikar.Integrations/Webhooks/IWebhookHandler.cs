using System.Text.Json;

namespace Pikar.Integrations.Webhooks;

/// <summary>A verified event for a connected account, handed to the features that care, in that account's tenant.</summary>
public sealed record WebhookEventMessage(Guid EventId, string Provider, string AccountId, Guid ConnectionId, JsonElement Payload, DateTimeOffset ReceivedTime);

/// <summary>
/// Reacts to a provider's webhook events (e.g. engagement updates for social performance). Runs in the
/// account's tenant, in the same transaction that marks the event processed, so an event is handled once.
/// </summary>
public interface IWebhookHandler
{
    string Provider { get; }

    Task HandleAsync(WebhookEventMessage message, CancellationToken cancellationToken);
}
