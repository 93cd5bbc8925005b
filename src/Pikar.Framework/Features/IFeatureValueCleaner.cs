namespace Pikar.Features;

/// <summary>Drops the feature values stored for an edition that no longer exists.</summary>
public interface IFeatureValueCleaner
{
    Task EditionDeletedAsync(Guid editionId, CancellationToken cancellationToken);
}
