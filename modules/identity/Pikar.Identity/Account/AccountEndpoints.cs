using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Pikar.Identity.Users;
using Pikar.MultiTenancy;
using Pikar.Authorization;

namespace Pikar.Identity.Account;

internal static class AccountEndpoints
{
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";

    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/account")
            .AllowAnonymous("The sign-in page is where anonymous visitors become signed in.")
            .ExcludeFromDescription();
        group.MapGet("/login", ShowLogin);
        group.MapPost("/login", LoginAsync);
        group.MapGet("/logout", LogoutAsync);
    }

    public sealed class LoginForm
    {
        public string? Tenant { get; set; }

        public string? UserNameOrEmail { get; set; }

        public string? Password { get; set; }

        public string? ReturnUrl { get; set; }

        public bool RememberMe { get; set; }
    }

    private static IResult ShowLogin(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? tenant) =>
        Page(http, antiforgery, SafeReturnUrl(returnUrl), tenant ?? "", "", null);

    private static async Task<IResult> LoginAsync(
        HttpContext http,
        [FromForm] LoginForm form,
        IAntiforgery antiforgery,
        ITenantStore tenants,
        ICurrentTenant currentTenant,
        UserManager<User> users,
        SignInManager<User> signIn)
    {
        var returnUrl = SafeReturnUrl(form.ReturnUrl);
        var tenantName = form.Tenant?.Trim() ?? "";
        var userName = form.UserNameOrEmail?.Trim() ?? "";
        IResult Fail(string error) => Page(http, antiforgery, returnUrl, tenantName, userName, error, StatusCodes.Status400BadRequest);

        TenantInfo? tenant = null;
        if (tenantName.Length > 0)
        {
            tenant = await tenants.FindByNameAsync(tenantName, http.RequestAborted);
            if (tenant is null)
            {
                return Fail($"There is no tenant named '{tenantName}'.");
            }

            if (!tenant.IsActive)
            {
                return Fail($"The tenant '{tenant.Name}' is not active.");
            }
        }

        using (currentTenant.Change(tenant?.Id, tenant?.Name))
        {
            var user = await users.FindByNameOrEmailAsync(userName);
            if (user is null || !user.IsActive)
            {
                return Fail("Invalid user name or password.");
            }

            var result = await signIn.PasswordSignInAsync(user, form.Password ?? "", form.RememberMe, lockoutOnFailure: true);
            if (result.IsLockedOut)
            {
                return Fail("This account is locked out. Try again later or ask an administrator.");
            }

            if (!result.Succeeded)
            {
                return Fail("Invalid user name or password.");
            }
        }

        return Results.LocalRedirect(returnUrl);
    }

    private static async Task<IResult> LogoutAsync(SignInManager<User> signIn, string? returnUrl)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect(SafeReturnUrl(returnUrl));
    }

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string returnUrl, string tenant, string userName, string? error, int status = 200)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var html = LoginPage.Render(new LoginPage.Model(returnUrl, tenant, userName, error, tokens.FormFieldName, tokens.RequestToken ?? ""));
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>Only local paths: a login form must never redirect to another site.</summary>
    private static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl : "/";
}
