using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pikar.Modularity;
using Pikar.MultiTenancy;
using Pikar.Users;

namespace Pikar.ApplicationConfiguration;

public static class ApplicationConfigurationEndpoints
{
    public static IEndpointRouteBuilder MapApplicationConfiguration(this IEndpointRouteBuilder app)
    {
        // Anonymous: the client reads it before sign-in to know whether the visitor is signed in and in which tenant.
        app.MapGet("/api/abp/application-configuration", Get)
            .AllowAnonymous()
            .WithTags("Application configuration")
            .WithName("GetApplicationConfiguration")
            .WithSummary("Describes the caller: user, tenant and the loaded modules.");
        return app;
    }

    private static Ok<ApplicationConfigurationDto> Get(HttpContext http, ICurrentUser user, ICurrentTenant tenant, ModuleCatalog modules)
    {
        string? Claim(string type) => user.IsAuthenticated ? http.User.FindFirstValue(type) : null;

        var currentUser = new CurrentUserDto(
            user.IsAuthenticated && user.Id.HasValue,
            user.Id,
            user.TenantId,
            user.UserName,
            Claim(PikarClaimTypes.GivenName),
            Claim(PikarClaimTypes.FamilyName),
            Claim(PikarClaimTypes.Email),
            user.Roles);

        return TypedResults.Ok(new ApplicationConfigurationDto(
            currentUser,
            new CurrentTenantDto(tenant.Id, tenant.Name, tenant.IsAvailable),
            new MultiTenancyInfoDto(true),
            modules.Modules.Select(m => m.Name).ToList()));
    }
}
