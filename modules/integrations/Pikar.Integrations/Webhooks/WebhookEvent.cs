using Pikar.Domain;
using Pikar.MultiTenancy;

namespace Pikar.Integrations.Webhooks;

public enum WebhookEventStatus
{
    /// <summary>Stored, being processed.</summary>
    Received,
    Processed,
    /// <summary>For an account no tenant has connected: acknowledged and kept, never processed.</summary>
    Ignored,
    /// <summary>Processing threw; retried from the stored event.</summary>
    Failed,
}

/// <summary>A verified webhook as the provider sent it, stored before anything is done with it.</summary>
internal sealed class WebhookEvent : Entity, IMultiTenant
{
    public const int MaxAttempts = 5;

    public Guid? TenantId { get; private set; }

    public required string Provider { get; init; }

    /// <summary>The provider's delivery, by content: a redelivery has the same key and is not stored twice.</summary>
    public required string DeliveryKey { get; init; }

    public string? AccountId { get; init; }

    public Guid? ConnectionId { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset ReceivedTime { get; init; }

    public WebhookEventStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? ProcessedTime { get; set; }
}
