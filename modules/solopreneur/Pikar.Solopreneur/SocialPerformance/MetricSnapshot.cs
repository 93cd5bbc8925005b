using System.ComponentModel.DataAnnotations.Schema;
using Pikar.Domain;
using Pikar.MultiTenancy;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>
/// Metrics as a sync found them: of one post (<see cref="PostId"/> set) or of the whole account (followers, and
/// its recent posts' totals). The series of these is what the charts draw.
/// </summary>
internal sealed class MetricSnapshot : Entity, IMultiTenant
{
    public Guid? TenantId { get; private set; }

    public Guid AccountId { get; init; }

    public Guid? PostId { get; init; }

    public DateTimeOffset CapturedAt { get; init; }

    public long? Followers { get; init; }

    public MetricValues Metrics { get; init; } = new();
}

/// <summary>
/// A set of metrics where a missing one is null and named in <see cref="Unavailable"/> with the network's reason:
/// nothing here is ever a silent zero.
/// </summary>
[ComplexType]
internal sealed class MetricValues
{
    public long? Impressions { get; set; }

    public long? Reach { get; set; }

    public long? Likes { get; set; }

    public long? Comments { get; set; }

    public long? Shares { get; set; }

    /// <summary>Metric name (camelCase) → why it is missing.</summary>
    public Dictionary<string, string> Unavailable { get; set; } = [];
}
