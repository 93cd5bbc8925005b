using FluentValidation;
using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Authorization;
using Pikar.Integrations.Connect;
using Pikar.Integrations.Connections;
using Pikar.Integrations.Providers;
using Pikar.Integrations.Providers.LinkedIn;
using Pikar.Integrations.Providers.X;
using Pikar.Integrations.Sandbox;
using Pikar.Integrations.Sandbox.LinkedIn;
using Pikar.Integrations.Providers.Facebook;
using Pikar.Integrations.Sandbox.Facebook;
using Pikar.Integrations.Sandbox.X;
using Pikar.Integrations.Social;
using Pikar.Integrations.Webhooks;
using Pikar.Modularity;
using Pikar.Notifications;
using Pikar.Seeding;

namespace Pikar.Integrations;

/// <summary>Outbound connectors: the accounts tenants connect (tokens encrypted, health watched) and the providers' signed webhooks, for the tiers to build on.</summary>
public sealed class IntegrationsModule : PikarModule
{
    public const string Schema = "integrations";

    public override IReadOnlyList<Type> DependsOn => [typeof(NotificationsModule)];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddSingleton<ConnectionTokens>();
        services.AddScoped<ConnectionService>();
        services.AddScoped<ConnectionRefresher>();
        services.AddScoped<IConnectionDirectory, ConnectionDirectory>();
        services.AddScoped<ConnectionHealthJob>();
        services.AddScoped<IDataSeedContributor, IntegrationsDataSeedContributor>();
        services.AddSingleton<IPermissionDefinitionProvider, IntegrationsPermissionDefinitionProvider>();
        services.AddSingleton<IValidator<GetConnectionsInput>, GetConnectionsInputValidator>();
        services.AddOptions<IntegrationsOptions>().BindConfiguration(IntegrationsOptions.Section);
        services.AddScoped<WebhookIngress>();
        services.AddScoped<WebhookProcessor>();
        services.AddScoped<WebhookRetryJob>();
        services.AddScoped<SandboxTokens>();
        services.AddProviderHttpClients();
        services.AddOutboundOAuth(context.Configuration);
        services.AddSingleton<ConnectTickets>();
        services.AddScoped<ConnectionCalls>();
        services.AddScoped<XConnectionClient>();
        services.AddSingleton<ISocialNetworkApi, XSocialNetwork>();
        services.AddScoped<LinkedInConnectionClient>();
        services.AddSingleton<ISocialNetworkApi, LinkedInSocialNetwork>();
        services.AddScoped<FacebookConnectionClient>();
        services.AddSingleton<ISocialNetworkApi, FacebookSocialNetwork>();
        services.AddScoped<SocialAnalytics>();
        services.AddScoped<ISocialAnalytics>(provider => provider.GetRequiredService<SocialAnalytics>());
        services.AddScoped<ISocialPublisher>(provider => provider.GetRequiredService<SocialAnalytics>());
        services.AddScoped<ISandboxHistory, SandboxHistory>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder
        .ApplyConfiguration(new ConnectionConfiguration())
        .ApplyConfiguration(new WebhookEventConfiguration())
        .ConfigureSandbox();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapConnectionsEndpoints();
        endpoints.MapWebhooksEndpoints();
        endpoints.MapXSandbox();
        endpoints.MapLinkedInSandbox();
        endpoints.MapFacebookSandbox();
        endpoints.MapConnectEndpoints();
    }

    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetService<IRecurringJobManager>()?.AddOrUpdate<ConnectionHealthJob>(
            ConnectionHealthJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Hourly());
        services.GetService<IRecurringJobManager>()?.AddOrUpdate<WebhookRetryJob>(
            WebhookRetryJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), "*/5 * * * *");
        return Task.CompletedTask;
    }
}
