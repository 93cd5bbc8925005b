using Microsoft.AspNetCore.Mvc;
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
    [FromQuery(Name = "startTime")]
    public DateTimeOffset? StartTime { get; init; }

    [FromQuery(Name = "endTime")]
    public DateTimeOffset? EndTime { get; init; }

    [FromQuery(Name = "userName")]
    public string? UserName { get; init; }

    [FromQuery(Name = "url")]
    public string? Url { get; init; }

    [FromQuery(Name = "httpMethod")]
    public string? HttpMethod { get; init; }

    [FromQuery(Name = "httpStatusCode")]
    public int? HttpStatusCode { get; init; }

    [FromQuery(Name = "hasException")]
    public bool? HasException { get; init; }

    [FromQuery(Name = "minExecutionDuration")]
    public int? MinExecutionDuration { get; init; }

    [FromQuery(Name = "maxExecutionDuration")]
    public int? MaxExecutionDuration { get; init; }
}

public sealed record GetEntityChangesInput : PagedAndSortedInput
{
    [FromQuery(Name = "entityTypeFullName")]
    public string? EntityTypeFullName { get; init; }

    [FromQuery(Name = "entityId")]
    public string? EntityId { get; init; }

    [FromQuery(Name = "changeType")]
    public EntityChangeType? ChangeType { get; init; }

    [FromQuery(Name = "startDate")]
    public DateTimeOffset? StartDate { get; init; }

    [FromQuery(Name = "endDate")]
    public DateTimeOffset? EndDate { get; init; }
}
