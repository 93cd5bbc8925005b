using Pikar.Authorization;

namespace Pikar.AuditLogging;

internal sealed class AuditLoggingPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(AuditLoggingPermissions.GroupName, "Audit logging")
            .AddPermission(AuditLoggingPermissions.AuditLogs, "Audit logs");
}
