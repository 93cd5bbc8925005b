using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

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
        services.TryAddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());

        services.AddDbContext<PikarDbContext>((provider, options) => options
            .UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>(), ConfigureNpgsql)
            .UseSnakeCaseNamingConvention()
            .ReplaceService<IModelCacheKeyFactory, ModuleModelCacheKeyFactory>()
            .AddInterceptors(
                provider.GetRequiredService<DatabaseSessionConnectionInterceptor>(),
                provider.GetRequiredService<DatabaseSessionCommandInterceptor>(),
                provider.GetRequiredService<DatabaseSessionTransactionInterceptor>()));
        return services;
    }

    public static void ConfigureNpgsql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql) => npgsql
        .MigrationsAssembly(MigrationsAssembly)
        .MigrationsHistoryTable(MigrationsHistoryTable, PikarDbContext.PlatformSchema);
}
