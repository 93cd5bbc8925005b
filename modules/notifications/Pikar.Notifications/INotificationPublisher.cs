namespace Pikar.Notifications;

/// <summary>How urgent a notification is: the bell shows warnings and errors first.</summary>
public enum NotificationSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// What a module tells a user. <paramref name="SourceKey"/> names the condition (e.g. <c>connection:{id}:expiring</c>):
/// while a notification with that key is unread, the same condition is not announced twice.
/// </summary>
public sealed record NotificationMessage(string Title, string Message, NotificationSeverity Severity, string SourceKey, string? Link = null);

/// <summary>Puts a notification in a user's inbox, in the current tenant.</summary>
public interface INotificationPublisher
{
    /// <returns>False when an unread notification with the same source key was already there.</returns>
    Task<bool> PublishAsync(Guid userId, NotificationMessage message, CancellationToken cancellationToken);
}
