using Microsoft.AspNetCore.Builder;

namespace Pikar.Features;

public static class FeatureEndpointExtensions
{
    /// <summary>The endpoints answer 403 ProblemDetails naming the feature while it is off for the caller's tenant.</summary>
    public static TBuilder RequireFeature<TBuilder>(this TBuilder builder, string featureName) where TBuilder : IEndpointConventionBuilder =>
        builder
            .WithMetadata(new RequiredFeatureMetadata(featureName))
            .RequireAuthorization(policy => policy.AddRequirements(new FeatureRequirement(featureName)));
}

public sealed record RequiredFeatureMetadata(string FeatureName);
