using FluentValidation;
using Pikar.Paging;

namespace Pikar.Identity.Users;

internal sealed class CreateUserInputValidator : AbstractValidator<CreateUserInput>
{
    public CreateUserInputValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(256);
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(x => x.Password).NotEmpty().MaximumLength(128);
        RuleFor(x => x.Name).MaximumLength(64);
        RuleFor(x => x.Surname).MaximumLength(64);
        RuleFor(x => x.PhoneNumber).MaximumLength(32);
        RuleForEach(x => x.RoleNames).NotEmpty().MaximumLength(256);
    }
}

internal sealed class UpdateUserInputValidator : AbstractValidator<UpdateUserInput>
{
    public UpdateUserInputValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(256);
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(x => x.Password).MaximumLength(128);
        RuleFor(x => x.Name).MaximumLength(64);
        RuleFor(x => x.Surname).MaximumLength(64);
        RuleFor(x => x.PhoneNumber).MaximumLength(32);
        RuleForEach(x => x.RoleNames).NotEmpty().MaximumLength(256);
    }
}

internal sealed class GetUsersInputValidator : AbstractValidator<GetUsersInput>
{
    public GetUsersInputValidator()
    {
        Include(new PagedAndSortedInputValidator<GetUsersInput>(UserQueries.Sorting));
        RuleFor(x => x.Filter).MaximumLength(256);
    }
}

internal sealed class UpdateUserRolesInputValidator : AbstractValidator<UpdateUserRolesInput>
{
    public UpdateUserRolesInputValidator()
    {
        RuleFor(x => x.RoleNames).NotNull();
        RuleForEach(x => x.RoleNames).NotEmpty().MaximumLength(256);
    }
}
