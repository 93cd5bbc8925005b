using Microsoft.AspNetCore.Mvc;
using Pikar.Paging;

namespace Pikar.Notifications.Inbox;

public sealed record NotificationDto(
    Guid Id, string Title, string Message, NotificationSeverity Severity, string? Link, DateTimeOffset CreationTime, DateTimeOffset? ReadTime);

public sealed record GetNotificationsInput : PagedAndSortedInput
{
    /// <summary>Only the ones not read yet.</summary>
    [FromQuery(Name = "unreadOnly")]
    public bool? UnreadOnly { get; init; }
}

public sealed record UnreadNotificationsDto(int Count);
