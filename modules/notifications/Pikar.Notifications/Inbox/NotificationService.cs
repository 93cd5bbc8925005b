using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Errors;
using Pikar.Paging;
using Pikar.Users;

namespace Pikar.Notifications.Inbox;

/// <summary>The signed-in user's own notifications; nobody reads or marks another user's.</summary>
internal sealed class NotificationService(PikarDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public static readonly SortMap<Notification> Sorting = new SortMap<Notification>("creationTime desc")
        .Add("creationTime", n => n.CreationTime)
        .Add("severity", n => n.Severity);

    public async Task<PagedResult<NotificationDto>> GetListAsync(GetNotificationsInput input, CancellationToken ct)
    {
        var query = Mine().AsNoTracking();
        if (input.UnreadOnly == true)
        {
            query = query.Where(n => n.ReadTime == null);
        }

        var total = await query.LongCountAsync(ct);
        var page = await Sorting.Apply(query, input.Sorting, n => n.Id).Skip(input.Skip).Take(input.Take).ToListAsync(ct);
        return new PagedResult<NotificationDto>(total, page.Select(ToDto).ToList());
    }

    public async Task<UnreadNotificationsDto> GetUnreadCountAsync(CancellationToken ct) =>
        new(await Mine().CountAsync(n => n.ReadTime == null, ct));

    public async Task<NotificationDto> MarkReadAsync(Guid id, CancellationToken ct)
    {
        var notification = await Mine().SingleOrDefaultAsync(n => n.Id == id, ct) ?? throw new EntityNotFoundException(typeof(Notification), id);
        notification.ReadTime ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return ToDto(notification);
    }

    public async Task MarkAllReadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await Mine().Where(n => n.ReadTime == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadTime, now), ct);
    }

    private IQueryable<Notification> Mine()
    {
        var userId = currentUser.Id ?? Guid.Empty;
        return db.Set<Notification>().Where(n => n.UserId == userId);
    }

    private static NotificationDto ToDto(Notification n) => new(n.Id, n.Title, n.Message, n.Severity, n.Link, n.CreationTime, n.ReadTime);
}
