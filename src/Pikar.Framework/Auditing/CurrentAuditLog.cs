namespace Pikar.Auditing;

/// <summary>The audit log of the request the code runs in, if it is audited.</summary>
public sealed class CurrentAuditLog
{
    private readonly AsyncLocal<AuditLogInfo?> _current = new();

    public AuditLogInfo? Log => _current.Value;

    internal IDisposable Begin(AuditLogInfo log)
    {
        var previous = _current.Value;
        _current.Value = log;
        return new Restore(_current, previous);
    }

    private sealed class Restore(AsyncLocal<AuditLogInfo?> current, AuditLogInfo? previous) : IDisposable
    {
        public void Dispose() => current.Value = previous;
    }
}
