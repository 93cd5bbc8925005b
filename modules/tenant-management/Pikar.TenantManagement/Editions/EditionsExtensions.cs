using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Pikar.MultiTenancy;

namespace Pikar.TenantManagement.Editions;

internal static class EditionsExtensions
{
    public static IServiceCollection AddEditions(this IServiceCollection services) => services
        .AddScoped<EditionService>()
        .AddScoped<IEditionStore, EditionStore>()
        .AddSingleton<IValidator<CreateEditionInput>, CreateEditionInputValidator>()
        .AddSingleton<IValidator<UpdateEditionInput>, UpdateEditionInputValidator>()
        .AddSingleton<IValidator<GetEditionsInput>, GetEditionsInputValidator>();
}
