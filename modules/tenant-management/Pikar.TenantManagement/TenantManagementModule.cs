using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pikar.Authorization;
using Pikar.Caching;
using Pikar.Modularity;
using Pikar.MultiTenancy;
using Pikar.Seeding;
using Pikar.TenantManagement.Editions;
using Pikar.TenantManagement.Tenants;

namespace Pikar.TenantManagement;

public sealed class TenantManagementModule : PikarModule
{
    public const string Schema = "tenant_management";

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddSingleton<TenantCache>();
        services.AddSingleton<IInvalidatableCache>(provider => provider.GetRequiredService<TenantCache>());
        services.AddScoped<IEditionStore, EditionStore>();
        services.AddScoped<EditionService>();
        services.AddScoped<TenantService>();
        services.Replace(ServiceDescriptor.Singleton<ITenantStore, TenantStore>());
        services.AddScoped<IDataSeedContributor, TenantManagementDataSeedContributor>();
        services.AddSingleton<IPermissionDefinitionProvider, TenantManagementPermissionDefinitionProvider>();
        services.AddSingleton<FluentValidation.IValidator<CreateTenantInput>, CreateTenantInputValidator>();
        services.AddSingleton<FluentValidation.IValidator<UpdateTenantInput>, UpdateTenantInputValidator>();
        services.AddSingleton<FluentValidation.IValidator<GetTenantsInput>, GetTenantsInputValidator>();
        services.AddSingleton<FluentValidation.IValidator<CreateEditionInput>, CreateEditionInputValidator>();
        services.AddSingleton<FluentValidation.IValidator<UpdateEditionInput>, UpdateEditionInputValidator>();
        services.AddSingleton<FluentValidation.IValidator<GetEditionsInput>, GetEditionsInputValidator>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new EditionConfiguration());
        modelBuilder.ApplyConfiguration(new TenantConfiguration());
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTenantsEndpoints();
        endpoints.MapEditionsEndpoints();
        endpoints.MapTenantLookupEndpoints();
    }
}
