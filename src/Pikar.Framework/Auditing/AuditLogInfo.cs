namespace Pikar.Auditing;

/// <summary>What one request did, collected while it runs and written after it ends.</summary>
public sealed class AuditLogInfo
{
    /// <summary>Fixed when the request starts, so a retried write cannot store the log twice.</summary>
    public Guid Id { get; } = Guid.CreateVersion7();

    public Guid? TenantId { get; set; }

    public string? TenantName { get; set; }

    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    public string? ClientId { get; set; }

    public string? ClientIpAddress { get; set; }

    public string? BrowserInfo { get; set; }

    public string HttpMethod { get; set; } = "";

    public string Url { get; set; } = "";

    public int? HttpStatusCode { get; set; }

    public DateTimeOffset ExecutionTime { get; set; }

    public int ExecutionDuration { get; set; }

    public string? Exception { get; set; }

    public string? CorrelationId { get; set; }

    public List<AuditLogActionInfo> Actions { get; } = [];

    public List<EntityChangeInfo> EntityChanges { get; } = [];
}

public sealed record AuditLogActionInfo(string ServiceName, string MethodName, string Parameters, DateTimeOffset ExecutionTime, int ExecutionDuration);

public enum EntityChangeType
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
}

public sealed record EntityChangeInfo(
    DateTimeOffset ChangeTime,
    EntityChangeType ChangeType,
    string? EntityId,
    string EntityTypeFullName,
    Guid? TenantId,
    IReadOnlyList<EntityPropertyChangeInfo> PropertyChanges);

public sealed record EntityPropertyChangeInfo(string PropertyName, string PropertyTypeFullName, string? OriginalValue, string? NewValue);
