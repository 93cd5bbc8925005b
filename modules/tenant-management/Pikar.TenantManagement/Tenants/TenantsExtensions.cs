using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pikar.Caching;
using Pikar.MultiTenancy;

namespace Pikar.TenantManagement.Tenants;

internal static class TenantsExtensions
{
    public static IServiceCollection AddTenants(this IServiceCollection services)
    {
        services.AddSingleton<TenantCache>();
        services.AddSingleton<IInvalidatableCache>(provider => provider.GetRequiredService<TenantCache>());
        services.Replace(ServiceDescriptor.Singleton<ITenantStore, TenantStore>());
        return services
            .AddScoped<TenantService>()
            .AddSingleton<IValidator<CreateTenantInput>, CreateTenantInputValidator>()
            .AddSingleton<IValidator<UpdateTenantInput>, UpdateTenantInputValidator>()
            .AddSingleton<IValidator<GetTenantsInput>, GetTenantsInputValidator>();
    }
}
