namespace Pikar.Auditing;

/// <summary>Takes finished audit logs off the request path; implemented by audit logging.</summary>
public interface IAuditLogSink
{
    void Enqueue(AuditLogInfo log);
}
