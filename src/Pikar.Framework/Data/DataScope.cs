namespace Pikar.Data;

internal sealed class DataScope : IDataScope
{
    private static readonly AsyncLocal<bool> AllTenants = new();

    public bool IsAcrossAllTenants => AllTenants.Value;

    public IDisposable AcrossAllTenants()
    {
        var previous = AllTenants.Value;
        AllTenants.Value = true;
        return new Restore(previous);
    }

    private sealed class Restore(bool previous) : IDisposable
    {
        public void Dispose() => AllTenants.Value = previous;
    }
}
