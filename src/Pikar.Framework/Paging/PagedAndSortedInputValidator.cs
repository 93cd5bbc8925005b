using FluentValidation;

namespace Pikar.Paging;

/// <summary>Shared rules for paging inputs; list validators include it.</summary>
public sealed class PagedAndSortedInputValidator<TInput> : AbstractValidator<TInput> where TInput : PagedAndSortedInput
{
    public PagedAndSortedInputValidator(ISortWhitelist sorting)
    {
        RuleFor(x => x.SkipCount).GreaterThanOrEqualTo(0);
        RuleFor(x => x.MaxResultCount).InclusiveBetween(1, PagedAndSortedInput.MaxMaxResultCount);
        RuleFor(x => x.Sorting)
            .Must(sorting.IsValid)
            .WithMessage($"Sorting must be one of: {string.Join(", ", sorting.Fields)}, optionally followed by 'asc' or 'desc'.");
    }
}
