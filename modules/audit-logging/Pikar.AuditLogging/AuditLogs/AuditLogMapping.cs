using Pikar.Auditing;

namespace Pikar.AuditLogging.AuditLogs;

internal static class AuditLogMapping
{
    public static AuditLog ToEntity(AuditLogInfo info)
    {
        var log = new AuditLog(info.Id)
        {
            TenantId = info.TenantId,
            TenantName = info.TenantName,
            UserId = info.UserId,
            UserName = info.UserName,
            ClientId = info.ClientId,
            ClientIpAddress = info.ClientIpAddress,
            BrowserInfo = info.BrowserInfo,
            HttpMethod = info.HttpMethod,
            Url = info.Url,
            HttpStatusCode = info.HttpStatusCode,
            ExecutionTime = info.ExecutionTime,
            ExecutionDuration = info.ExecutionDuration,
            Exceptions = info.Exception is { Length: > 4000 } e ? e[..4000] : info.Exception,
            CorrelationId = info.CorrelationId,
        };
        log.Actions.AddRange(info.Actions.Select(a => new AuditLogAction
        {
            TenantId = info.TenantId,
            AuditLogId = log.Id,
            ServiceName = a.ServiceName,
            MethodName = a.MethodName,
            Parameters = a.Parameters,
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
                EntityId = c.EntityId,
                EntityTypeFullName = c.EntityTypeFullName,
            };
            change.PropertyChanges.AddRange(c.PropertyChanges.Select(p => new EntityPropertyChange
            {
                TenantId = info.TenantId,
                EntityChangeId = change.Id,
                PropertyName = p.PropertyName,
                PropertyTypeFullName = p.PropertyTypeFullName,
                OriginalValue = p.OriginalValue,
                NewValue = p.NewValue,
            }));
            return change;
        }));
        return log;
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
