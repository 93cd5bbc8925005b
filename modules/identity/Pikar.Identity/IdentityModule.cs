using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pikar.Authorization;
using Pikar.Identity.Account;
using Pikar.Identity.Roles;
using Pikar.Identity.Tokens;
using Pikar.Identity.Users;
using Pikar.Modularity;

namespace Pikar.Identity;

/// <summary>Users, roles, sign-in and the OpenID Connect token server.</summary>
public sealed class IdentityModule : PikarModule
{
    public const string Schema = "identity";

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        var section = context.Configuration.GetSection(AuthOptions.Section);
        var isDevelopment = context.Environment.IsDevelopment();
        var auth = new AuthOptions();
        section.Bind(auth);
        auth.AllowHttp |= isDevelopment;
        services.AddOptions<AuthOptions>().Bind(section).PostConfigure(o => o.AllowHttp |= isDevelopment);

        services.AddPikarIdentity();
        services.AddPikarTokenServer(auth);
        services.AddUsers();
        services.AddRoles();
        services.AddSingleton<IPermissionDefinitionProvider, IdentityPermissionDefinitionProvider>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ConfigureIdentity();
        modelBuilder.ConfigureTokens();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapUsersEndpoints();
        endpoints.MapRolesEndpoints();
        endpoints.MapAccountEndpoints();
        endpoints.MapConnectEndpoints();
    }
}
