namespace Pikar.Seeding;

public interface IDataSeeder
{
    Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken);
}
