using Microsoft.AspNetCore.Authorization;

namespace Pikar.Features;

public sealed class FeatureRequirement(string featureName) : IAuthorizationRequirement
{
    public string FeatureName { get; } = featureName;

    public override string ToString() => $"Feature: {FeatureName}";
}

internal sealed class FeatureAuthorizationHandler(IFeatureChecker features) : AuthorizationHandler<FeatureRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, FeatureRequirement requirement)
    {
        if (await features.IsEnabledAsync(requirement.FeatureName, CancellationToken.None))
        {
            context.Succeed(requirement);
        }
    }
}
