using FluentValidation;
using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pikar.Auditing;
using Pikar.AuditLogging.AuditLogs;
using Pikar.AuditLogging.Retention;
using Pikar.Authorization;
using Pikar.Modularity;

namespace Pikar.AuditLogging;

/// <summary>The audit trail: the background writer, the API to read it, and retention.</summary>
public sealed class AuditLoggingModule : PikarModule
{
    public const string Schema = "audit_logging";

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddSingleton<AuditLogWriter>();
        services.Replace(ServiceDescriptor.Singleton<IAuditLogSink>(provider => provider.GetRequiredService<AuditLogWriter>()));
        services.AddHostedService(provider => provider.GetRequiredService<AuditLogWriter>());
        services.AddScoped<AuditLogService>();
        services.AddScoped<AuditLogRetentionJob>();
        services.AddOptions<AuditLogRetentionOptions>().BindConfiguration(AuditLogRetentionOptions.Section);
        services.AddSingleton<IPermissionDefinitionProvider, AuditLoggingPermissionDefinitionProvider>();
        services.AddSingleton<IValidator<GetAuditLogsInput>, GetAuditLogsInputValidator>();
        services.AddSingleton<IValidator<GetEntityChangesInput>, GetEntityChangesInputValidator>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureAuditLogs();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAuditLogsEndpoints();

    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetService<IRecurringJobManager>()?.AddOrUpdate<AuditLogRetentionJob>(
            AuditLogRetentionJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Daily());
        return Task.CompletedTask;
    }
}
