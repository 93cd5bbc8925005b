namespace Pikar.Domain;

/// <summary>Deleting marks the row instead of removing it; reads hide marked rows.</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; set; }

    DateTimeOffset? DeletionTime { get; set; }

    Guid? DeleterId { get; set; }
}
