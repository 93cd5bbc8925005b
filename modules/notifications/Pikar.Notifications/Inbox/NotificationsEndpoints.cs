using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pikar.Authorization;
using Pikar.Errors;
using Pikar.Paging;

namespace Pikar.Notifications.Inbox;

internal static class NotificationsEndpoints
{
    public static void MapNotificationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications")
            .WithTags("Notifications")
            .RequireAuthorization()
            .ExemptFromPermissions("Every signed-in user reads and marks only their own notifications.")
            .ProducesApiProblems();

        group.MapGet("/", GetListAsync).WithName("GetNotifications").WithSummary("Lists the signed-in user's notifications, newest first.");
        group.MapGet("/unread-count", GetUnreadCountAsync).WithName("GetUnreadNotificationCount")
            .WithSummary("Counts the signed-in user's unread notifications (the bell's badge).");
        group.MapPost("/{id:guid}/read", MarkReadAsync).WithName("MarkNotificationRead").WithSummary("Marks one of the user's notifications as read.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/read-all", MarkAllReadAsync).WithName("MarkAllNotificationsRead").WithSummary("Marks all of the user's notifications as read.");
    }

    private static async Task<Ok<PagedResult<NotificationDto>>> GetListAsync([AsParameters] GetNotificationsInput input, NotificationService notifications, CancellationToken ct) =>
        TypedResults.Ok(await notifications.GetListAsync(input, ct));

    private static async Task<Ok<UnreadNotificationsDto>> GetUnreadCountAsync(NotificationService notifications, CancellationToken ct) =>
        TypedResults.Ok(await notifications.GetUnreadCountAsync(ct));

    private static async Task<Ok<NotificationDto>> MarkReadAsync(Guid id, NotificationService notifications, CancellationToken ct) =>
        TypedResults.Ok(await notifications.MarkReadAsync(id, ct));

    private static async Task<NoContent> MarkAllReadAsync(NotificationService notifications, CancellationToken ct)
    {
        await notifications.MarkAllReadAsync(ct);
        return TypedResults.NoContent();
    }
}
