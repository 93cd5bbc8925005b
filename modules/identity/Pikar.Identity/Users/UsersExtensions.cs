using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Seeding;

namespace Pikar.Identity.Users;

internal static class UsersExtensions
{
    public static IServiceCollection AddUsers(this IServiceCollection services) => services
        .AddScoped<UserService>()
        .AddScoped<UserQueries>()
        .AddScoped<IIdentityLookup, IdentityLookup>()
        .AddScoped<IDataSeedContributor, IdentityDataSeedContributor>()
        .AddSingleton<IValidator<CreateUserInput>, CreateUserInputValidator>()
        .AddSingleton<IValidator<UpdateUserInput>, UpdateUserInputValidator>()
        .AddSingleton<IValidator<GetUsersInput>, GetUsersInputValidator>()
        .AddSingleton<IValidator<UpdateUserRolesInput>, UpdateUserRolesInputValidator>();
}
