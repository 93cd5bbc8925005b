using FluentValidation;

namespace Pikar.FeatureManagement.Features;

internal sealed class UpdateFeaturesInputValidator : AbstractValidator<UpdateFeaturesInput>
{
    public UpdateFeaturesInputValidator()
    {
        RuleFor(x => x.Features).NotNull();
        RuleForEach(x => x.Features).ChildRules(feature =>
        {
            feature.RuleFor(f => f.Name).NotEmpty().MaximumLength(128);
            feature.RuleFor(f => f.Value).MaximumLength(128);
        });
    }
}
