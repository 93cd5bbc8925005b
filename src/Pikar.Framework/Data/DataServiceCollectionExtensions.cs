using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Pikar.Auditing;
using Pikar.Caching;

namespace Pikar.Data;

public static class DataServiceCollectionExtensions
{
    public const string MigrationsAssembly = "Pikar.EntityFrameworkCore";
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>Registers <see cref="PikarDbContext"/> on PostgreSQL with the row-level-security session interceptors.</summary>
    public static IServiceCollection AddPikarDbContext(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton<IDataScope, DataScope>();
        services.TryAddSingleton<DatabaseSession>();
        services.TryAddSingleton<DatabaseSessionConnectionInterceptor>();
        services.TryAddSingleton<DatabaseSessionCommandInterceptor>();
        services.TryAddSingleton<DatabaseSessionTransactionInterceptor>();
        services.TryAddSingleton<CurrentAuditLog>();
        services.TryAddSingleton<AuditingSaveChangesInterceptor>();
        services.TryAddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        services.TryAddSingleton<PostgresCacheInvalidationBus>();
        services.TryAddSingleton<ICacheInvalidator>(provider => provider.GetRequiredService<PostgresCacheInvalidationBus>());
        services.AddHostedService(provider => provider.GetRequiredService<PostgresCacheInvalidationBus>());

        // One key ring in the database for every process (host, migrator): what one protects, the others read.
        services.AddDataProtection().SetApplicationName("Pikar").PersistKeysToDbContext<PikarDbContext>();

        services.AddDbContext<PikarDbContext>((provider, options) => options
            .UsePikarModel(o => o.UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>(), ConfigureNpgsql))
            .AddInterceptors(
                provider.GetRequiredService<DatabaseSessionConnectionInterceptor>(),
                provider.GetRequiredService<DatabaseSessionCommandInterceptor>(),
                provider.GetRequiredService<DatabaseSessionTransactionInterceptor>(),
                provider.GetRequiredService<AuditingSaveChangesInterceptor>()),
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
        return services;
    }

    /// <summary>PostgreSQL with Pikar's naming and one EF model per module set; no row-level-security session.</summary>
    public static DbContextOptionsBuilder UsePikarModel(this DbContextOptionsBuilder options, Action<DbContextOptionsBuilder> useProvider)
    {
        useProvider(options);
        return options
            .UseSnakeCaseNamingConvention()
            .ReplaceService<IModelCacheKeyFactory, ModuleModelCacheKeyFactory>();
    }

    public static void ConfigureNpgsql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql) => npgsql
        .MigrationsAssembly(MigrationsAssembly)
        .MigrationsHistoryTable(MigrationsHistoryTable, PikarDbContext.PlatformSchema);
}
