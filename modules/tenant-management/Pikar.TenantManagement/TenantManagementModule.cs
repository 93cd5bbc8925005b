using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Authorization;
using Pikar.Modularity;
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
        services.AddEditions();
        services.AddTenants();
        services.AddScoped<IDataSeedContributor, TenantManagementDataSeedContributor>();
        services.AddSingleton<IPermissionDefinitionProvider, TenantManagementPermissionDefinitionProvider>();
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
