namespace Pikar.Domain;

/// <summary>Creation and modification stamps, set by the DbContext on save.</summary>
public interface IAuditedEntity
{
    DateTimeOffset CreationTime { get; set; }

    Guid? CreatorId { get; set; }

    DateTimeOffset? LastModificationTime { get; set; }

    Guid? LastModifierId { get; set; }
}
