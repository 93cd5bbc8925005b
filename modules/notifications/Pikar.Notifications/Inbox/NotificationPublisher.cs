using Microsoft.EntityFrameworkCore;
using Pikar.Data;

namespace Pikar.Notifications.Inbox;

internal sealed class NotificationPublisher(PikarDbContext db, TimeProvider clock) : INotificationPublisher
{
    public async Task<bool> PublishAsync(Guid userId, NotificationMessage message, CancellationToken cancellationToken)
    {
        if (await db.Set<Notification>().AnyAsync(n => n.UserId == userId && n.SourceKey == message.SourceKey && n.ReadTime == null, cancellationToken))
        {
            return false;
        }

        db.Add(new Notification
        {
            UserId = userId,
            Title = Truncate(message.Title, Notification.MaxTitleLength),
            Message = Truncate(message.Message, Notification.MaxMessageLength),
            Severity = message.Severity,
            SourceKey = Truncate(message.SourceKey, Notification.MaxSourceKeyLength),
            Link = message.Link,
            CreationTime = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
