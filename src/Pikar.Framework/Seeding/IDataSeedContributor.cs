namespace Pikar.Seeding;

/// <summary>A module's idempotent seeding step; runs inside the context's tenant.</summary>
public interface IDataSeedContributor
{
    Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken);
}
