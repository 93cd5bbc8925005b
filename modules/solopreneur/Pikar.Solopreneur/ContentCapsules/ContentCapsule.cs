using Pikar.Domain;
using Pikar.MultiTenancy;

namespace Pikar.Solopreneur.ContentCapsules;

/// <summary>Content written once and published to several connected accounts, each with its own variant (<see cref="CapsulePublication"/>).</summary>
internal sealed class ContentCapsule : Entity, IMultiTenant
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 5000;
    public const int MaxTags = 10;
    public const int MaxTagLength = 40;

    public Guid? TenantId { get; private set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public List<string> Tags { get; set; } = [];

    /// <summary>When it is to be published (UTC), as the user chose it in <see cref="TimeZone"/>; null for a draft or "now".</summary>
    public DateTimeOffset? ScheduledAt { get; set; }

    public string? TimeZone { get; set; }

    public Guid CreatedByUserId { get; init; }

    public DateTimeOffset CreationTime { get; init; }
}
