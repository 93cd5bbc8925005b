using Hangfire;
using Hangfire.Common;
using Microsoft.AspNetCore.Authentication;
using Hangfire.PostgreSql;
using Pikar.BackgroundJobs;
using Pikar.EntityFrameworkCore;
using Pikar.Authorization;

namespace Pikar.HttpApi.Host.Jobs;

internal static class JobsExtensions
{
    public const string DashboardPath = "/hangfire";

    /// <summary>Hangfire on PostgreSQL; the schema is installed by the migrator, so the app role needs no DDL rights.</summary>
    public static IServiceCollection AddPikarJobs(this IServiceCollection services, string appConnection, IConfiguration configuration)
    {
        services.AddSingleton<TenantJobFilter>();

        // Hangfire's own filter list is process-wide; ours belongs to this host, so it joins through this host's provider.
        services.AddSingleton<IJobFilterProvider>(provider => new JobFilterProviderCollection(
            JobFilterProviders.Providers, new JobFilterCollection { provider.GetRequiredService<TenantJobFilter>() }));
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                options => options.UseNpgsqlConnection(appConnection),
                new PostgreSqlStorageOptions
                {
                    SchemaName = DatabaseInstaller.HangfireSchema,
                    PrepareSchemaIfNecessary = false,
                    EnableLongPolling = true,
                    QueuePollInterval = TimeSpan.FromSeconds(configuration.GetValue("Pikar:Jobs:PollIntervalSeconds", 5.0)),
                }));

        if (configuration.GetValue("Pikar:Jobs:RunServer", true))
        {
            services.AddHangfireServer(options => options.WorkerCount = configuration.GetValue("Pikar:Jobs:WorkerCount", Math.Max(2, Environment.ProcessorCount)));
        }

        return services;
    }

    public static void MapPikarJobsDashboard(this WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(DashboardPath),
            branch => branch.Use(ChallengeAnonymousAsync));
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new HostAdminDashboardAuthorization()],
            DisplayStorageConnectionString = false,
            DashboardTitle = "Pikar jobs",
        }).ExemptFromPermissions("The jobs dashboard admits only the host's administrators, signed in with the cookie, through its own filter.");
    }

    /// <summary>Sends an anonymous browser to the sign-in page instead of showing a bare 401.</summary>
    private static async Task ChallengeAnonymousAsync(HttpContext context, Func<Task> next)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            await context.ChallengeAsync();
            return;
        }

        await next();
    }
}
