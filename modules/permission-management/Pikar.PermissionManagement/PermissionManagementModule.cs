using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pikar.Authorization;
using Pikar.Caching;
using Pikar.Identity;
using Pikar.Modularity;
using Pikar.PermissionManagement.Grants;
using Pikar.Seeding;

namespace Pikar.PermissionManagement;

/// <summary>Permission grants per role and user, the batched and cached checker, and the API to change grants.</summary>
public sealed class PermissionManagementModule : PikarModule
{
    public const string Schema = "permission_management";

    public override IReadOnlyList<Type> DependsOn => [typeof(IdentityModule)];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddSingleton<PermissionGrantCache>();
        services.AddSingleton<IInvalidatableCache>(provider => provider.GetRequiredService<PermissionGrantCache>());
        services.Replace(ServiceDescriptor.Singleton<IPermissionChecker, PermissionChecker>());
        services.AddScoped<IPermissionGrantCleaner, PermissionGrantCleaner>();
        services.AddScoped<PermissionManager>();
        services.AddScoped<IDataSeedContributor, PermissionManagementDataSeedContributor>();
        services.AddSingleton<IPermissionDefinitionProvider, PermissionManagementPermissionDefinitionProvider>();
        services.AddSingleton<IValidator<UpdatePermissionsInput>, UpdatePermissionsInputValidator>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new PermissionGrantConfiguration());

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPermissionsEndpoints();
}
