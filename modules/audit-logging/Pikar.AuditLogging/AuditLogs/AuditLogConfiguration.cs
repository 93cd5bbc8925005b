using Microsoft.EntityFrameworkCore;

namespace Pikar.AuditLogging.AuditLogs;

internal static class AuditLogConfiguration
{
    public static void ConfigureAuditLogs(this ModelBuilder builder)
    {
        builder.Entity<AuditLog>(b =>
        {
            b.ToTable("audit_logs", AuditLoggingModule.Schema);
            b.Property(l => l.TenantName).HasMaxLength(64);
            b.Property(l => l.UserName).HasMaxLength(256);
            b.Property(l => l.ClientId).HasMaxLength(128);
            b.Property(l => l.ClientIpAddress).HasMaxLength(64);
            b.Property(l => l.BrowserInfo).HasMaxLength(512);
            b.Property(l => l.HttpMethod).HasMaxLength(16);
            b.Property(l => l.Url).HasMaxLength(256);
            b.Property(l => l.Exceptions).HasMaxLength(4000);
            b.Property(l => l.CorrelationId).HasMaxLength(64);
            b.HasIndex(l => new { l.TenantId, l.ExecutionTime });
            b.HasIndex(l => new { l.TenantId, l.UserId, l.ExecutionTime });
            b.HasMany(l => l.Actions).WithOne().HasForeignKey(a => a.AuditLogId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(l => l.EntityChanges).WithOne().HasForeignKey(c => c.AuditLogId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<AuditLogAction>(b =>
        {
            b.ToTable("audit_log_actions", AuditLoggingModule.Schema);
            b.Property(a => a.ServiceName).HasMaxLength(256);
            b.Property(a => a.MethodName).HasMaxLength(128);
            b.Property(a => a.Parameters).HasMaxLength(2000);
            b.HasIndex(a => new { a.TenantId, a.AuditLogId });
        });

        builder.Entity<EntityChange>(b =>
        {
            b.ToTable("entity_changes", AuditLoggingModule.Schema);
            b.Property(c => c.EntityId).HasMaxLength(128);
            b.Property(c => c.EntityTypeFullName).HasMaxLength(256);
            b.HasIndex(c => new { c.TenantId, c.EntityTypeFullName, c.EntityId });
            b.HasIndex(c => new { c.TenantId, c.AuditLogId });
            b.HasMany(c => c.PropertyChanges).WithOne().HasForeignKey(p => p.EntityChangeId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<EntityPropertyChange>(b =>
        {
            b.ToTable("entity_property_changes", AuditLoggingModule.Schema);
            b.Property(p => p.PropertyName).HasMaxLength(128);
            b.Property(p => p.PropertyTypeFullName).HasMaxLength(128);
            b.Property(p => p.OriginalValue).HasMaxLength(512);
            b.Property(p => p.NewValue).HasMaxLength(512);
            b.HasIndex(p => new { p.TenantId, p.EntityChangeId });
        });
    }
}
