namespace Pikar.MultiTenancy;

/// <summary>The tenant the current code runs for; <c>null</c> is the host side.</summary>
public interface ICurrentTenant
{
    Guid? Id { get; }

    string? Name { get; }

    bool IsAvailable { get; }

    /// <summary>Runs code for another tenant (or the host with <c>null</c>) until the scope is disposed.</summary>
    IDisposable Change(Guid? id, string? name = null);
}
