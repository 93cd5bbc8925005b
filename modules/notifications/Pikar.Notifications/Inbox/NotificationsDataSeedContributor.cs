using Pikar.Identity;
using Pikar.Seeding;

namespace Pikar.Notifications.Inbox;

/// <summary>A demo tenant's admin finds a first notification in the bell.</summary>
internal sealed class NotificationsDataSeedContributor(IIdentityLookup identity, INotificationPublisher publisher) : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is null || !context.IncludeDemoData || await identity.FindUserIdAsync("admin", cancellationToken) is not { } admin)
        {
            return;
        }

        await publisher.PublishAsync(admin, new NotificationMessage(
            "Welcome to Pikar",
            "Your workspace is ready. Invite your team under Users and choose what each role may do.",
            NotificationSeverity.Info,
            "demo:welcome",
            "/identity/users"), cancellationToken);
    }
}
