using Pikar.Auditing;
using Pikar.Paging;

namespace Pikar.AuditLogging.AuditLogs;

/// <summary>ABP's audit log; the list leaves <c>actions</c> and <c>entityChanges</c> empty, the detail fills them.</summary>
public sealed record AuditLogDto(
    Guid Id,
    Guid? TenantId,
    string? TenantName,
    Guid? UserId,
    string? UserName,
    string? ClientId,
    string? ClientIpAddress,
    string? BrowserInfo,
    string HttpMethod,
    string Url,
    int? HttpStatusCode,
    DateTimeOffset ExecutionTime,
    int ExecutionDuration,
    string? Exceptions,
    string? CorrelationId,
    IReadOnlyList<AuditLogActionDto> Actions,
    IReadOnlyList<EntityChangeDto> EntityChanges);

public sealed record AuditLogActionDto(
    Guid Id, Guid? TenantId, Guid AuditLogId, string ServiceName, string MethodName, string Parameters, DateTimeOffset ExecutionTime, int ExecutionDuration);

public sealed record EntityChangeDto(
    Guid Id,
    Guid AuditLogId,
    Guid? TenantId,
    DateTimeOffset ChangeTime,
    EntityChangeType ChangeType,
    string? EntityId,
    string EntityTypeFullName,
    IReadOnlyList<EntityPropertyChangeDto> PropertyChanges);

public sealed record EntityPropertyChangeDto(
    Guid Id, Guid? TenantId, Guid EntityChangeId, string PropertyName, string PropertyTypeFullName, string? OriginalValue, string? NewValue);

/// <summary>ABP's audit log filters.</summary>
public sealed record GetAuditLogsInput : PagedAndSortedInput
{
    public DateTimeOffset? StartTime { get; init; }

    public DateTimeOffset? EndTime { get; init; }

    public string? UserName { get; init; }

    public string? Url { get; init; }

    public string? HttpMethod { get; init; }

    public int? HttpStatusCode { get; init; }

    public bool? HasException { get; init; }

    public int? MinExecutionDuration { get; init; }

    public int? MaxExecutionDuration { get; init; }
}

public sealed record GetEntityChangesInput : PagedAndSortedInput
{
    public string? EntityTypeFullName { get; init; }

    public string? EntityId { get; init; }

    public EntityChangeType? ChangeType { get; init; }

    public DateTimeOffset? StartDate { get; init; }

    public DateTimeOffset? EndDate { get; init; }
}
