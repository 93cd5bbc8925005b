using FluentValidation;
using Pikar.Integrations;
using Pikar.Paging;

namespace Pikar.Solopreneur.ContentCapsules;

internal static class CapsuleRules
{
    public const int MaxTargets = 10;

    public static void Content<T>(AbstractValidator<T> validator, Func<T, string> title, Func<T, string> body, Func<T, IReadOnlyList<string>?> tags,
        Func<T, IReadOnlyList<CapsuleTargetInput>> targets)
    {
        validator.RuleFor(x => title(x)).NotEmpty().MaximumLength(ContentCapsule.MaxTitleLength).OverridePropertyName("title");
        validator.RuleFor(x => body(x)).NotEmpty().MaximumLength(ContentCapsule.MaxBodyLength).OverridePropertyName("body");
        validator.RuleFor(x => tags(x)).Must(t => t is null || (t.Count <= ContentCapsule.MaxTags && t.All(tag => tag is { Length: <= ContentCapsule.MaxTagLength })))
            .WithMessage($"At most {ContentCapsule.MaxTags} tags of at most {ContentCapsule.MaxTagLength} characters.").OverridePropertyName("tags");
        validator.RuleFor(x => targets(x)).NotNull().Must(t => t is null || t.Count <= MaxTargets)
            .WithMessage($"Choose at most {MaxTargets} connected accounts.").OverridePropertyName("targets");
        validator.RuleFor(x => targets(x)).Must(t => t is null || t.Select(target => target.ConnectionId).Distinct().Count() == t.Count)
            .WithMessage("Each account may be chosen once.").OverridePropertyName("targets");
    }
}

internal sealed class CreateContentCapsuleInputValidator : AbstractValidator<CreateContentCapsuleInput>
{
    public CreateContentCapsuleInputValidator() => CapsuleRules.Content(this, x => x.Title, x => x.Body, x => x.Tags, x => x.Targets);
}

internal sealed class UpdateContentCapsuleInputValidator : AbstractValidator<UpdateContentCapsuleInput>
{
    public UpdateContentCapsuleInputValidator() => CapsuleRules.Content(this, x => x.Title, x => x.Body, x => x.Tags, x => x.Targets);
}

internal sealed class ScheduleContentCapsuleInputValidator : AbstractValidator<ScheduleContentCapsuleInput>
{
    // The time zone and the time itself are checked once the capsule is found (an unknown capsule is a 404 first).
    public ScheduleContentCapsuleInputValidator() => RuleFor(x => x.TimeZone).MaximumLength(64);
}

internal sealed class GetContentCapsulesInputValidator : AbstractValidator<GetContentCapsulesInput>
{
    public GetContentCapsulesInputValidator() => Include(new PagedAndSortedInputValidator<GetContentCapsulesInput>(ContentCapsuleService.Sorting));
}

internal sealed class GetCapsulePublicationsInputValidator : AbstractValidator<GetCapsulePublicationsInput>
{
    public GetCapsulePublicationsInputValidator()
    {
        Include(new PagedAndSortedInputValidator<GetCapsulePublicationsInput>(ContentCapsuleService.PublicationSorting));
        RuleFor(x => x.View).Must(v => v is null or "queue" or "history").WithMessage("View must be queue or history.");
        RuleFor(x => x.Provider).Must(p => p is null || IntegrationProviders.All.Contains(p))
            .WithMessage($"Provider must be one of: {string.Join(", ", IntegrationProviders.All)}.");
    }
}
