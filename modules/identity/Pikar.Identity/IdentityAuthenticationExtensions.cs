using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Validation.AspNetCore;
using Pikar.Identity.Account;
using Pikar.Identity.Users;
using Pikar.MultiTenancy;
using Pikar.Users;

namespace Pikar.Identity;

internal static class IdentityAuthenticationExtensions
{
    public const string DefaultScheme = "Pikar";

    /// <summary>
    /// ASP.NET Core Identity with ABP's password and lockout rules, and one default scheme that
    /// reads bearer tokens on the API and the sign-in cookie on the pages (login, authorize, jobs dashboard).
    /// The API never accepts the cookie, so it cannot be driven by cross-site requests.
    /// </summary>
    public static IServiceCollection AddPikarIdentity(this IServiceCollection services)
    {
        services.AddIdentity<User, Role>(options =>
            {
                options.Password.RequiredLength = 6;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.ClaimsIdentity.UserIdClaimType = PikarClaimTypes.UserId;
                options.ClaimsIdentity.UserNameClaimType = PikarClaimTypes.UserName;
                options.ClaimsIdentity.RoleClaimType = PikarClaimTypes.Role;
                options.ClaimsIdentity.EmailClaimType = PikarClaimTypes.Email;
            })
            .AddUserStore<UserStore>()
            .AddUserManager<PikarUserManager>()
            .AddRoleStore<RoleStore>()
            .AddClaimsPrincipalFactory<PikarUserClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = AccountEndpoints.LoginPath;
            options.LogoutPath = AccountEndpoints.LogoutPath;
            options.Cookie.Name = "pikar.auth";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Events.OnValidatePrincipal = ValidateInTenantAsync;
        });

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = DefaultScheme;
                options.DefaultAuthenticateScheme = DefaultScheme;
                options.DefaultChallengeScheme = DefaultScheme;
                options.DefaultForbidScheme = DefaultScheme;
            })
            .AddPolicyScheme(DefaultScheme, "Bearer token on the API, sign-in cookie on pages", options =>
                options.ForwardDefaultSelector = SelectScheme);

        return services;
    }

    private static string SelectScheme(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || context.Request.Path.StartsWithSegments("/api"))
        {
            return OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
        }

        return IdentityConstants.ApplicationScheme;
    }

    /// <summary>The security-stamp check loads the user, so it must run inside the cookie's tenant.</summary>
    private static async Task ValidateInTenantAsync(CookieValidatePrincipalContext context)
    {
        var tenantId = Guid.TryParse(context.Principal?.FindFirst(PikarClaimTypes.TenantId)?.Value, out var id) ? id : (Guid?)null;
        var currentTenant = context.HttpContext.RequestServices.GetRequiredService<ICurrentTenant>();
        using (currentTenant.Change(tenantId))
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
        }
    }
}
