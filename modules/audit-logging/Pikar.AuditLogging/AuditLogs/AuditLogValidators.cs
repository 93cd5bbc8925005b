using FluentValidation;
using Pikar.Paging;

namespace Pikar.AuditLogging.AuditLogs;

internal sealed class GetAuditLogsInputValidator : AbstractValidator<GetAuditLogsInput>
{
    public GetAuditLogsInputValidator()
    {
        Include(new PagedAndSortedInputValidator<GetAuditLogsInput>(AuditLogService.Sorting));
        RuleFor(x => x.UserName).MaximumLength(256);
        RuleFor(x => x.Url).MaximumLength(256);
        RuleFor(x => x.HttpMethod).MaximumLength(16);
        RuleFor(x => x.HttpStatusCode).InclusiveBetween(100, 599);
        RuleFor(x => x.MinExecutionDuration).GreaterThanOrEqualTo(0);
        RuleFor(x => x.MaxExecutionDuration).GreaterThanOrEqualTo(0);
        RuleFor(x => x.EndTime).GreaterThanOrEqualTo(x => x.StartTime).When(x => x.StartTime.HasValue && x.EndTime.HasValue);
    }
}

internal sealed class GetEntityChangesInputValidator : AbstractValidator<GetEntityChangesInput>
{
    public GetEntityChangesInputValidator()
    {
        Include(new PagedAndSortedInputValidator<GetEntityChangesInput>(AuditLogService.ChangeSorting));
        RuleFor(x => x.EntityTypeFullName).MaximumLength(256);
        RuleFor(x => x.EntityId).MaximumLength(128);
        RuleFor(x => x.ChangeType).IsInEnum();
    }
}
