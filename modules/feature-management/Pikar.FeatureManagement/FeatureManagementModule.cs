using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pikar.Authorization;
using Pikar.Caching;
using Pikar.FeatureManagement.Features;
using Pikar.Features;
using Pikar.Modularity;
using Pikar.Seeding;
using Pikar.TenantManagement;

namespace Pikar.FeatureManagement;

/// <summary>Feature values per edition and tenant, ABP's provider chain, and the host's API to change them.</summary>
public sealed class FeatureManagementModule : PikarModule
{
    public const string Schema = "feature_management";

    public override IReadOnlyList<Type> DependsOn => [typeof(TenantManagementModule)];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddSingleton<FeatureValueCache>();
        services.AddSingleton<IInvalidatableCache>(provider => provider.GetRequiredService<FeatureValueCache>());
        services.AddSingleton<FeatureValueStore>();
        services.Replace(ServiceDescriptor.Singleton<IFeatureChecker, FeatureChecker>());
        services.AddScoped<FeatureManager>();
        services.AddScoped<IFeatureValueCleaner, FeatureValueCleaner>();
        services.AddScoped<IDataSeedContributor, FeatureManagementDataSeedContributor>();
        services.AddSingleton<IPermissionDefinitionProvider, FeatureManagementPermissionDefinitionProvider>();
        services.AddSingleton<IValidator<UpdateFeaturesInput>, UpdateFeaturesInputValidator>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new FeatureValueConfiguration());

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapFeaturesEndpoints();
}
