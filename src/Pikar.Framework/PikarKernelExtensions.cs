using Microsoft.AspNetCore.Authorization;
using Pikar.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Pikar.ApplicationConfiguration;
using Pikar.Auditing;
using Pikar.Authorization;
using Pikar.Validation;
using Pikar.Errors;
using Pikar.Modularity;
using Pikar.MultiTenancy;
using Pikar.Seeding;
using Pikar.Users;

namespace Pikar;

public static class PikarKernelExtensions
{
    /// <summary>The kernel's services, then every loaded module's.</summary>
    public static IServiceCollection AddPikar(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, ModuleCatalog modules)
    {
        services.AddSingleton(modules);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.TryAddSingleton<ICurrentTenant, CurrentTenant>();
        services.TryAddSingleton<ICurrentUser, CurrentUser>();
        services.TryAddScoped<IDataSeeder, DataSeeder>();
        services.Configure<MultiTenancyOptions>(configuration.GetSection(MultiTenancyOptions.Section));

        services.TryAddSingleton<PermissionDefinitionManager>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.TryAddSingleton<FeatureDefinitionManager>();
        services.AddSingleton<IFeatureDefinitionProvider, PlatformFeatureDefinitionProvider>();
        services.AddScoped<IAuthorizationHandler, FeatureAuthorizationHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemDetailsAuthorizationResultHandler>();

        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd("code", ErrorCodes.ForStatus(context.ProblemDetails.Status ?? 500)));
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        var context = new ModuleServiceContext(services, configuration, environment, modules);
        foreach (var module in modules.Modules)
        {
            module.ConfigureServices(context);
        }

        return services;
    }

    /// <summary>Resolves the request's tenant; place it after authentication and before authorization.</summary>
    public static IApplicationBuilder UseMultiTenancy(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantResolutionMiddleware>();

    /// <summary>Audits state changes and failures; place it after tenant resolution.</summary>
    public static IApplicationBuilder UseAuditing(this IApplicationBuilder app) =>
        app.UseMiddleware<AuditingMiddleware>();

    /// <summary>
    /// Maps every module's endpoints and the application configuration under one root group that
    /// records each call in the request's audit log and validates its inputs.
    /// </summary>
    public static IEndpointRouteBuilder MapPikarEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var root = endpoints.MapGroup("")
            .AddEndpointFilterFactory(AuditActionFilter.Create)
            .WithInputValidation();
        foreach (var module in endpoints.ServiceProvider.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.MapEndpoints(root);
        }

        root.MapApplicationConfiguration();
        return endpoints;
    }

    public static async Task InitializePikarModulesAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var module in services.GetRequiredService<ModuleCatalog>().Modules)
        {
            await module.InitializeAsync(services, cancellationToken);
        }
    }
}
