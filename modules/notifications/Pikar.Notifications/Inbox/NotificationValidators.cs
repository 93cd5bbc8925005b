using FluentValidation;
using Pikar.Paging;

namespace Pikar.Notifications.Inbox;

internal sealed class GetNotificationsInputValidator : AbstractValidator<GetNotificationsInput>
{
    public GetNotificationsInputValidator() =>
        Include(new PagedAndSortedInputValidator<GetNotificationsInput>(NotificationService.Sorting));
}
