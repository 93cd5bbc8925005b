using FluentValidation;
using Pikar.Paging;

namespace Pikar.TenantManagement.Tenants;

internal sealed class CreateTenantInputValidator : AbstractValidator<CreateTenantInput>
{
    public CreateTenantInputValidator()
    {
        RuleFor(x => x.Name).ValidTenantName();
        RuleFor(x => x.EditionName).MaximumLength(64);
        RuleFor(x => x.AdminEmailAddress).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(x => x.AdminPassword).NotEmpty().MaximumLength(128);
    }
}

internal sealed class UpdateTenantInputValidator : AbstractValidator<UpdateTenantInput>
{
    public UpdateTenantInputValidator()
    {
        RuleFor(x => x.Name).ValidTenantName();
        RuleFor(x => x.EditionName).MaximumLength(64);
    }
}

internal sealed class GetTenantsInputValidator : AbstractValidator<GetTenantsInput>
{
    public GetTenantsInputValidator()
    {
        Include(new PagedAndSortedInputValidator<GetTenantsInput>(TenantService.Sorting));
        RuleFor(x => x.Filter).MaximumLength(256);
    }
}

internal static class TenantNameRules
{
    public static IRuleBuilderOptions<T, string> ValidTenantName<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty()
        .MaximumLength(Tenant.MaxNameLength)
        .Matches(NamePattern.Regex).WithMessage(NamePattern.Message)
        .Must(name => !Guid.TryParse(name, out _)).WithMessage("A tenant name cannot be a GUID: it would be mistaken for a tenant id.");
}
