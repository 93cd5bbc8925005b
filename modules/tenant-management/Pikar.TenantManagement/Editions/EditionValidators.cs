using FluentValidation;
using Pikar.Paging;

namespace Pikar.TenantManagement.Editions;

internal sealed class CreateEditionInputValidator : AbstractValidator<CreateEditionInput>
{
    public CreateEditionInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Edition.MaxNameLength).Matches(NamePattern.Regex).WithMessage(NamePattern.Message);
        RuleFor(x => x.DisplayName).MaximumLength(Edition.MaxDisplayNameLength);
    }
}

internal sealed class UpdateEditionInputValidator : AbstractValidator<UpdateEditionInput>
{
    public UpdateEditionInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Edition.MaxNameLength).Matches(NamePattern.Regex).WithMessage(NamePattern.Message);
        RuleFor(x => x.DisplayName).MaximumLength(Edition.MaxDisplayNameLength);
    }
}

internal sealed class GetEditionsInputValidator : AbstractValidator<GetEditionsInput>
{
    public GetEditionsInputValidator()
    {
        Include(new PagedAndSortedInputValidator<GetEditionsInput>(EditionService.Sorting));
        RuleFor(x => x.Filter).MaximumLength(256);
    }
}
