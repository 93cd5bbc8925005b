namespace Pikar.BackgroundJobs;

/// <summary>A background job that must not run while the feature is off for the job's tenant.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequiresFeatureAttribute(string featureName) : Attribute
{
    public string FeatureName { get; } = featureName;
}
