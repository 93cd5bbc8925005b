using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Pikar.Identity.Roles;

internal static class RolesExtensions
{
    public static IServiceCollection AddRoles(this IServiceCollection services) => services
        .AddScoped<RoleService>()
        .AddSingleton<IValidator<CreateRoleInput>, CreateRoleInputValidator>()
        .AddSingleton<IValidator<UpdateRoleInput>, UpdateRoleInputValidator>()
        .AddSingleton<IValidator<GetRolesInput>, GetRolesInputValidator>();
}
