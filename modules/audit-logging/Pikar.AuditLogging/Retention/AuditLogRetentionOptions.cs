namespace Pikar.AuditLogging.Retention;

/// <summary><c>Pikar:AuditLogging</c>.</summary>
public sealed class AuditLogRetentionOptions
{
    public const string Section = "Pikar:AuditLogging";

    /// <summary>Days an audit log is kept (0: for ever).</summary>
    public int RetentionDays { get; set; } = 365;
}
