using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Identity.Users;
using Pikar.MultiTenancy;
using Pikar.Notifications;
using Pikar.Notifications.Inbox;
using Pikar.Paging;

namespace Pikar.HttpApi.Host.Tests.Notifications;

public sealed class NotificationsTests(TestEnvironment env)
{
    private PikarApp App => env.App;

    [Fact]
    public async Task A_user_reads_their_notifications_marks_them_read_and_never_sees_anyone_elses()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        var adminId = await PikarApp.UserIdAsync(admin);
        await (await admin.PostAsJsonAsync("/api/identity/users", new CreateUserInput("olga", "olga@t.test", TestEnvironment.Password), PikarApp.Json))
            .ShouldBeOkAsync<IdentityUserDto>();
        using var olga = await App.SignInAsync(tenant.Name, "olga");

        var first = await PublishAsync(tenant.Id, adminId, new NotificationMessage("Reconnect X", "The token expires in 2 days.", NotificationSeverity.Warning, "connection:1:expiring"));
        var repeated = await PublishAsync(tenant.Id, adminId, new NotificationMessage("Reconnect X", "Still expiring.", NotificationSeverity.Warning, "connection:1:expiring"));
        var list = await (await admin.GetAsync("/api/notifications?unreadOnly=true")).ShouldBeOkAsync<PagedResult<NotificationDto>>();
        var count = await (await admin.GetAsync("/api/notifications/unread-count")).ShouldBeOkAsync<UnreadNotificationsDto>();
        var othersList = await (await olga.GetAsync("/api/notifications")).ShouldBeOkAsync<PagedResult<NotificationDto>>();
        var othersMark = await olga.PostAsync($"/api/notifications/{list.Items[0].Id}/read", null);
        var read = await (await admin.PostAsync($"/api/notifications/{list.Items[0].Id}/read", null)).ShouldBeOkAsync<NotificationDto>();
        var countAfter = await (await admin.GetAsync("/api/notifications/unread-count")).ShouldBeOkAsync<UnreadNotificationsDto>();
        var again = await PublishAsync(tenant.Id, adminId, new NotificationMessage("Reconnect X", "Expires tomorrow.", NotificationSeverity.Error, "connection:1:expiring"));

        first.ShouldBeTrue();
        repeated.ShouldBeFalse("the same condition is not announced twice while unread");
        list.Items.Single().Title.ShouldBe("Reconnect X");
        list.Items.Single().Severity.ShouldBe(NotificationSeverity.Warning);
        count.Count.ShouldBe(1);
        othersList.Items.ShouldBeEmpty();
        await othersMark.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        read.ReadTime.ShouldNotBeNull();
        countAfter.Count.ShouldBe(0);
        again.ShouldBeTrue("once read, a condition that comes back is announced again");
    }

    [Fact]
    public async Task Marking_all_read_empties_the_badge()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        var adminId = await PikarApp.UserIdAsync(admin);
        await PublishAsync(tenant.Id, adminId, new NotificationMessage("One", "First.", NotificationSeverity.Info, "test:one"));
        await PublishAsync(tenant.Id, adminId, new NotificationMessage("Two", "Second.", NotificationSeverity.Error, "test:two"));

        var before = await (await admin.GetAsync("/api/notifications/unread-count")).ShouldBeOkAsync<UnreadNotificationsDto>();
        (await admin.PostAsync("/api/notifications/read-all", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = await (await admin.GetAsync("/api/notifications/unread-count")).ShouldBeOkAsync<UnreadNotificationsDto>();
        var all = await (await admin.GetAsync("/api/notifications")).ShouldBeOkAsync<PagedResult<NotificationDto>>();

        before.Count.ShouldBe(2);
        after.Count.ShouldBe(0);
        all.TotalCount.ShouldBe(2);
        all.Items.ShouldAllBe(n => n.ReadTime != null);
    }

    private async Task<bool> PublishAsync(Guid tenantId, Guid userId, NotificationMessage message)
    {
        await using var scope = App.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            return await scope.ServiceProvider.GetRequiredService<INotificationPublisher>().PublishAsync(userId, message, CancellationToken.None);
        }
    }
}
