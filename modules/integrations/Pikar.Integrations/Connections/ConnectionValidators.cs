using FluentValidation;
using Pikar.Paging;

namespace Pikar.Integrations.Connections;

internal sealed class GetConnectionsInputValidator : AbstractValidator<GetConnectionsInput>
{
    public GetConnectionsInputValidator()
    {
        Include(new PagedAndSortedInputValidator<GetConnectionsInput>(ConnectionService.Sorting));
        RuleFor(x => x.Provider).Must(p => p is null || IntegrationProviders.All.Contains(p))
            .WithMessage($"Provider must be one of: {string.Join(", ", IntegrationProviders.All)}.");
        RuleFor(x => x.Health).IsInEnum();
    }
}
