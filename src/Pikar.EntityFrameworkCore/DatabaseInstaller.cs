using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pikar.Data;
using Pikar.Seeding;

namespace Pikar.EntityFrameworkCore;

/// <summary>
/// Brings a PostgreSQL server to the current version: creates the database and roles, applies the
/// migrations (every module loaded), grants and row-level security, the job store, then seeds.
/// Safe to run again: every step is idempotent.
/// </summary>
public sealed partial class DatabaseInstaller(IConfiguration configuration, IHostEnvironment environment, ILoggerFactory loggerFactory)
{
    public const string HangfireSchema = "hangfire";

    private readonly ILogger _logger = loggerFactory.CreateLogger<DatabaseInstaller>();

    public async Task InstallAsync(bool includeDemoData, CancellationToken cancellationToken)
    {
        var owner = PikarConnectionStrings.Owner(configuration);
        var app = new NpgsqlConnectionStringBuilder(PikarConnectionStrings.App(configuration));

        await EnsureDatabaseAsync(owner, cancellationToken);
        await using (var db = OwnerDbContext.Create(owner))
        {
            await db.Database.ExecuteSqlRawAsync(DatabaseSecuritySql.Roles(app.Username!, app.Password ?? ""), cancellationToken);
            LogStep(_logger, "Applying migrations");
            await db.Database.MigrateAsync(cancellationToken);

            var schemas = db.Model.GetEntityTypes().Select(e => e.GetSchema()).OfType<string>().Distinct().Order().ToList();
            await db.Database.ExecuteSqlRawAsync(DatabaseSecuritySql.Grants(schemas), cancellationToken);
            await db.Database.ExecuteSqlRawAsync(DatabaseSecuritySql.RowLevelSecurity(schemas), cancellationToken);
        }

        await InstallJobStoreAsync(owner, app.Username!, cancellationToken);
        await SeedAsync(owner, includeDemoData, cancellationToken);
    }

    private async Task EnsureDatabaseAsync(string owner, CancellationToken ct)
    {
        var target = new NpgsqlConnectionStringBuilder(owner);
        var database = target.Database ?? throw new InvalidOperationException("The owner connection string names no database.");
        var maintenance = new NpgsqlConnectionStringBuilder(owner) { Database = "postgres", Pooling = false };

        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            LogCreatingDatabase(_logger, database);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task InstallJobStoreAsync(string owner, string appRole, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync(ct);
        PostgreSqlObjectsInstaller.Install(connection, HangfireSchema);
        await using var grant = new NpgsqlCommand(DatabaseSecuritySql.HangfireGrants(HangfireSchema, appRole), connection);
        await grant.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Seeds through the modules' own services, on the owner's connection but inside the same row-level-security roles as the app.</summary>
    private async Task SeedAsync(string owner, bool includeDemoData, CancellationToken ct)
    {
        LogStep(_logger, includeDemoData ? "Seeding (with demo tenants)" : "Seeding");
        var services = new ServiceCollection()
            .AddSingleton(loggerFactory)
            .AddLogging()
            .AddSingleton(configuration)
            .AddSingleton(environment)
            .AddPikar(configuration, environment, PikarModuleList.All())
            .AddPikarDbContext(owner);

        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(new DataSeedContext(null)
        {
            IncludeDemoData = includeDemoData,
            Properties = new Dictionary<string, string?>
            {
                [DataSeedContext.AdminEmailProperty] = configuration["Pikar:Seed:AdminEmail"],
                [DataSeedContext.AdminPasswordProperty] = configuration["Pikar:Seed:AdminPassword"],
            },
        }, ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Creating database {Database}")]
    private static partial void LogCreatingDatabase(ILogger logger, string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Step}")]
    private static partial void LogStep(ILogger logger, string step);
}
