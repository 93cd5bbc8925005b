using FluentValidation;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Authorization;
using Pikar.Features;
using Pikar.Integrations;
using Pikar.Integrations.Connections;
using Pikar.Integrations.Webhooks;
using Pikar.Modularity;
using Pikar.Seeding;
using Pikar.Solopreneur.ContentCapsules;
using Pikar.Solopreneur.SocialPerformance;

namespace Pikar.Solopreneur;

/// <summary>The Solopreneur tier plugin: social performance and content capsules for X, LinkedIn and Facebook so far.</summary>
public sealed class SolopreneurModule : PikarModule
{
    public const string Schema = "solopreneur";

    public override IReadOnlyList<Type> DependsOn => [typeof(IntegrationsModule)];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddSingleton<IFeatureDefinitionProvider, SolopreneurFeatureDefinitionProvider>();
        services.AddSingleton<IPermissionDefinitionProvider, SolopreneurPermissionDefinitionProvider>();
        services.AddSignalR();

        services.AddScoped<SocialPerformanceQueries>();
        services.AddScoped<SocialSync>();
        services.AddSingleton<BackgroundSocialSync>();
        services.AddScoped<SocialSyncJob>();
        services.AddScoped<SocialPerformanceLive>();
        services.AddScoped<SocialAccountTracker>();
        services.AddScoped<IConnectionObserver>(provider => provider.GetRequiredService<SocialAccountTracker>());
        services.AddScoped<IConnectionGuard, SocialAccountLimit>();
        services.AddScoped<IDataSeedContributor, SocialPerformanceDataSeedContributor>();
        foreach (var provider in SocialNetworks.All)
        {
            services.AddScoped<IWebhookHandler>(services => ActivatorUtilities.CreateInstance<SocialEngagementWebhooks>(services, provider));
        }

        services.AddScoped<ContentCapsuleService>();
        services.AddScoped<CapsulePublisher>();
        services.AddScoped<CapsuleSweepJob>();
        services.AddScoped<IDataSeedContributor, ContentCapsulesDataSeedContributor>();
        services.AddSingleton<IValidator<CreateContentCapsuleInput>, CreateContentCapsuleInputValidator>();
        services.AddSingleton<IValidator<UpdateContentCapsuleInput>, UpdateContentCapsuleInputValidator>();
        services.AddSingleton<IValidator<ScheduleContentCapsuleInput>, ScheduleContentCapsuleInputValidator>();
        services.AddSingleton<IValidator<GetContentCapsulesInput>, GetContentCapsulesInputValidator>();
        services.AddSingleton<IValidator<GetCapsulePublicationsInput>, GetCapsulePublicationsInputValidator>();

        services.AddSingleton<IValidator<GetSocialMetricsInput>, GetSocialMetricsInputValidator>();
        services.AddSingleton<IValidator<GetSocialPostsInput>, GetSocialPostsInputValidator>();
        services.AddSingleton<IValidator<ConnectSocialAccountInput>, ConnectSocialAccountInputValidator>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureSocialPerformance().ConfigureContentCapsules();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSocialPerformanceEndpoints();
        endpoints.MapContentCapsuleEndpoints();
        endpoints.MapHub<SocialPerformanceHub>(SocialPerformanceHub.Path)
            .RequireFeature(SolopreneurFeatures.SocialPerformance.Default)
            .RequirePermission(SolopreneurPermissions.SocialPerformance.Default);
    }

    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetService<IRecurringJobManager>()?.AddOrUpdate<SocialSyncJob>(
            SocialSyncJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), "*/5 * * * *");
        services.GetService<IRecurringJobManager>()?.AddOrUpdate<CapsuleSweepJob>(
            CapsuleSweepJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        return Task.CompletedTask;
    }
}
