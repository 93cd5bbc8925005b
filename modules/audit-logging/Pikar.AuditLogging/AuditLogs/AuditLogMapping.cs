using Pikar.Auditing;

namespace Pikar.AuditLogging.AuditLogs;

internal static class AuditLogMapping
{
    public static AuditLog ToEntity(AuditLogInfo info)
    {
        var log = new AuditLog(info.Id)
        {
            TenantId = info.TenantId,
            TenantName = Clean(info.TenantName, 64),
            UserId = info.UserId,
            UserName = Clean(info.UserName, 256),
            ClientId = Clean(info.ClientId, 128),
            ClientIpAddress = Clean(info.ClientIpAddress, 64),
            BrowserInfo = Clean(info.BrowserInfo, 512),
            HttpMethod = Clean(info.HttpMethod, 16),
            Url = Clean(info.Url, 256),
            HttpStatusCode = info.HttpStatusCode,
            ExecutionTime = info.ExecutionTime,
            ExecutionDuration = info.ExecutionDuration,
            Exceptions = Clean(info.Exception, 4000),
            CorrelationId = Clean(info.CorrelationId, 64),
        };
        log.Actions.AddRange(info.Actions.Select(a => new AuditLogAction
        {
            TenantId = info.TenantId,
            AuditLogId = log.Id,
            ServiceName = Clean(a.ServiceName, 256),
            MethodName = Clean(a.MethodName, 128),
            Parameters = Clean(a.Parameters, 2000),
            ExecutionTime = a.ExecutionTime,
            ExecutionDuration = a.ExecutionDuration,
        }));
        log.EntityChanges.AddRange(info.EntityChanges.Select(c =>
        {
            var change = new EntityChange
            {
                TenantId = info.TenantId,
                AuditLogId = log.Id,
                ChangeTime = c.ChangeTime,
                ChangeType = c.ChangeType,
                EntityId = Clean(c.EntityId, 128),
                EntityTypeFullName = c.EntityTypeFullName,
            };
            change.PropertyChanges.AddRange(c.PropertyChanges.Select(p => new EntityPropertyChange
            {
                TenantId = info.TenantId,
                EntityChangeId = change.Id,
                PropertyName = p.PropertyName,
                PropertyTypeFullName = p.PropertyTypeFullName,
                OriginalValue = Clean(p.OriginalValue, 512),
                NewValue = Clean(p.NewValue, 512),
            }));
            return change;
        }));
        return log;
    }

    /// <summary>
    /// Fits request text into its column: NUL characters, which PostgreSQL cannot store, are
    /// written visibly escaped, and the text is cut to the column's length.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Clean(string? text, int maxLength)
    {
        var escaped = text?.Replace("\0", "\\0", StringComparison.Ordinal);
        return escaped is { Length: > 0 } && escaped.Length > maxLength ? escaped[..maxLength] : escaped;
    }

    public static AuditLogDto ToDto(this AuditLog log, bool withDetails) => new(
        log.Id, log.TenantId, log.TenantName, log.UserId, log.UserName, log.ClientId, log.ClientIpAddress, log.BrowserInfo,
        log.HttpMethod, log.Url, log.HttpStatusCode, log.ExecutionTime, log.ExecutionDuration, log.Exceptions, log.CorrelationId,
        withDetails ? log.Actions.OrderBy(a => a.ExecutionTime).Select(ToDto).ToList() : [],
        withDetails ? log.EntityChanges.OrderBy(c => c.ChangeTime).Select(ToDto).ToList() : []);

    public static AuditLogActionDto ToDto(this AuditLogAction action) => new(
        action.Id, action.TenantId, action.AuditLogId, action.ServiceName, action.MethodName, action.Parameters, action.ExecutionTime, action.ExecutionDuration);

    public static EntityChangeDto ToDto(this EntityChange change) => new(
        change.Id, change.AuditLogId, change.TenantId, change.ChangeTime, change.ChangeType, change.EntityId, change.EntityTypeFullName,
        change.PropertyChanges.OrderBy(p => p.PropertyName).Select(p => new EntityPropertyChangeDto(
            p.Id, p.TenantId, p.EntityChangeId, p.PropertyName, p.PropertyTypeFullName, p.OriginalValue, p.NewValue)).ToList());
}
