using FluentValidation;
using Pikar.Paging;

namespace Pikar.Identity.Roles;

internal sealed class CreateRoleInputValidator : AbstractValidator<CreateRoleInput>
{
    public CreateRoleInputValidator() => RuleFor(x => x.Name).NotEmpty().MaximumLength(256);
}

internal sealed class UpdateRoleInputValidator : AbstractValidator<UpdateRoleInput>
{
    public UpdateRoleInputValidator() => RuleFor(x => x.Name).NotEmpty().MaximumLength(256);
}

internal sealed class GetRolesInputValidator : AbstractValidator<GetRolesInput>
{
    public GetRolesInputValidator()
    {
        Include(new PagedAndSortedInputValidator<GetRolesInput>(RoleService.Sorting));
        RuleFor(x => x.Filter).MaximumLength(256);
    }
}
