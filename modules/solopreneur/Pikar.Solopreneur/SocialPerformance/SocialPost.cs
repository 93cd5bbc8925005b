using Pikar.Domain;
using Pikar.MultiTenancy;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>A post of a connected account, with its latest metrics; the history is in <see cref="MetricSnapshot"/>s.</summary>
internal sealed class SocialPost : Entity, IMultiTenant
{
    public const int MaxTextLength = 3000;

    public Guid? TenantId { get; private set; }

    public Guid AccountId { get; init; }

    public required string ProviderPostId { get; init; }

    public required string Text { get; set; }

    public DateTimeOffset PublishedAt { get; init; }

    public string? Url { get; set; }

    public MetricValues Metrics { get; set; } = new();

    public DateTimeOffset LastSyncTime { get; set; }
}
