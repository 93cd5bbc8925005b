using Pikar.Domain;
using Pikar.MultiTenancy;

namespace Pikar.Notifications.Inbox;

internal sealed class Notification : Entity, IMultiTenant
{
    public const int MaxTitleLength = 200;
    public const int MaxMessageLength = 2000;
    public const int MaxSourceKeyLength = 200;
    public const int MaxLinkLength = 500;

    public Guid? TenantId { get; private set; }

    public Guid UserId { get; init; }

    public required string Title { get; init; }

    public required string Message { get; init; }

    public NotificationSeverity Severity { get; init; }

    public required string SourceKey { get; init; }

    public string? Link { get; init; }

    public DateTimeOffset CreationTime { get; init; }

    public DateTimeOffset? ReadTime { get; set; }
}
