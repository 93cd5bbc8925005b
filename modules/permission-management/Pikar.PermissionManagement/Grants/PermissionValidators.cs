using FluentValidation;

namespace Pikar.PermissionManagement.Grants;

internal sealed class UpdatePermissionsInputValidator : AbstractValidator<UpdatePermissionsInput>
{
    public UpdatePermissionsInputValidator()
    {
        RuleFor(x => x.Permissions).NotNull();
        RuleForEach(x => x.Permissions).ChildRules(p => p.RuleFor(x => x.Name).NotEmpty().MaximumLength(128));
    }
}
