namespace Pikar.MultiTenancy;

internal sealed class CurrentTenant : ICurrentTenant
{
    private static readonly AsyncLocal<TenantScope?> Current = new();

    public Guid? Id => Current.Value?.Id;

    public string? Name => Current.Value?.Name;

    public bool IsAvailable => Id.HasValue;

    public IDisposable Change(Guid? id, string? name = null)
    {
        var previous = Current.Value;
        Current.Value = new TenantScope(id, name);
        return new Restore(() => Current.Value = previous);
    }

    private sealed record TenantScope(Guid? Id, string? Name);

    private sealed class Restore(Action restore) : IDisposable
    {
        private Action? _restore = restore;

        public void Dispose()
        {
            _restore?.Invoke();
            _restore = null;
        }
    }
}
