namespace Pikar.Features;

/// <summary>Feature values of the current tenant: tenant override, then edition, then default.</summary>
public interface IFeatureChecker
{
    /// <summary>Every declared feature's value; a disabled toggle is <c>"false"</c>, never missing.</summary>
    Task<IReadOnlyDictionary<string, string>> GetAllAsync(CancellationToken cancellationToken);

    Task<string> GetValueAsync(string name, CancellationToken cancellationToken);

    Task<bool> IsEnabledAsync(string name, CancellationToken cancellationToken);
}

public static class FeatureCheckerExtensions
{
    /// <summary>A numeric limit; <c>0</c> means no limit.</summary>
    public static async Task<int> GetLimitAsync(this IFeatureChecker features, string name, CancellationToken cancellationToken) =>
        int.TryParse(await features.GetValueAsync(name, cancellationToken), System.Globalization.CultureInfo.InvariantCulture, out var limit) ? limit : 0;
}
