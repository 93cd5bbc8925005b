using FluentValidation;
using Pikar.Integrations;
using Pikar.Paging;

namespace Pikar.Solopreneur.SocialPerformance;

internal sealed class GetSocialMetricsInputValidator : AbstractValidator<GetSocialMetricsInput>
{
    public static readonly TimeSpan MaxRange = TimeSpan.FromDays(366);

    public GetSocialMetricsInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.Interval).Must(i => i is null or "hour" or "day").WithMessage("Interval must be hour or day.");
        RuleFor(x => x.To).GreaterThan(x => x.From).When(x => x.From is not null && x.To is not null).WithMessage("To must be after from.");
        RuleFor(x => x.From).Must((input, from) => (input.To ?? clock.GetUtcNow()) - from!.Value <= MaxRange)
            .When(x => x.From is not null && (x.To is null || x.To > x.From))
            .WithMessage("A range spans at most 366 days.");
    }
}

internal sealed class GetSocialPostsInputValidator : AbstractValidator<GetSocialPostsInput>
{
    public GetSocialPostsInputValidator() => Include(new PagedAndSortedInputValidator<GetSocialPostsInput>(SocialPerformanceQueries.PostSorting));
}

internal sealed class ConnectSocialAccountInputValidator : AbstractValidator<ConnectSocialAccountInput>
{
    public ConnectSocialAccountInputValidator() =>
        RuleFor(x => x.Provider).NotEmpty().Must(p => SocialNetworks.All.Contains(p))
            .WithMessage($"Provider must be one of: {string.Join(", ", SocialNetworks.All)}.");
}
