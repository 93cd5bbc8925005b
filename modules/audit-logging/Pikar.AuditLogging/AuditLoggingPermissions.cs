namespace Pikar.AuditLogging;

public static class AuditLoggingPermissions
{
    public const string GroupName = "AuditLogging";

    public const string AuditLogs = GroupName + ".AuditLogs";
}
