namespace Pikar.MultiTenancy;

/// <summary>Looks editions up for feature management; implemented by tenant management.</summary>
public interface IEditionStore
{
    Task<EditionInfo?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<EditionInfo?> FindByNameAsync(string name, CancellationToken cancellationToken);
}

public sealed record EditionInfo(Guid Id, string Name, string DisplayName);
