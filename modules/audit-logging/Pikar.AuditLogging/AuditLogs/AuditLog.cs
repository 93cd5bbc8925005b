using Pikar.Auditing;
using Pikar.Domain;
using Pikar.MultiTenancy;

namespace Pikar.AuditLogging.AuditLogs;

[DisableAuditing]
internal sealed class AuditLog : Entity, IMultiTenant
{
    public AuditLog(Guid id)
    {
        Id = id;
    }

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

    public string? Exceptions { get; set; }

    public string? CorrelationId { get; set; }

    public List<AuditLogAction> Actions { get; } = [];

    public List<EntityChange> EntityChanges { get; } = [];
}

[DisableAuditing]
internal sealed class AuditLogAction : Entity, IMultiTenant
{
    public Guid? TenantId { get; set; }

    public Guid AuditLogId { get; set; }

    public string ServiceName { get; set; } = "";

    public string MethodName { get; set; } = "";

    public string Parameters { get; set; } = "";

    public DateTimeOffset ExecutionTime { get; set; }

    public int ExecutionDuration { get; set; }
}

[DisableAuditing]
internal sealed class EntityChange : Entity, IMultiTenant
{
    public Guid? TenantId { get; set; }

    public Guid AuditLogId { get; set; }

    public DateTimeOffset ChangeTime { get; set; }

    public EntityChangeType ChangeType { get; set; }

    public string? EntityId { get; set; }

    public string EntityTypeFullName { get; set; } = "";

    public List<EntityPropertyChange> PropertyChanges { get; } = [];
}

[DisableAuditing]
internal sealed class EntityPropertyChange : Entity, IMultiTenant
{
    public Guid? TenantId { get; set; }

    public Guid EntityChangeId { get; set; }

    public string PropertyName { get; set; } = "";

    public string PropertyTypeFullName { get; set; } = "";

    public string? OriginalValue { get; set; }

    public string? NewValue { get; set; }
}
