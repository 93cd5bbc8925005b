using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pikar.Authorization;
using Pikar.Features;
using Pikar.Modularity;
using Pikar.MultiTenancy;
using Pikar.Users;

namespace Pikar.ApplicationConfiguration;

public static class ApplicationConfigurationEndpoints
{
    private static readonly LocalizationDto English = new(
        new CultureDto("en", "en", "English", "English", "en", false),
        "Pikar",
        [new LanguageDto("en", "en", "English")],
        new Dictionary<string, IReadOnlyDictionary<string, string>>());

    private static readonly TimingDto Utc = new(new TimeZoneDto(new IanaTimeZoneDto("Etc/UTC"), new WindowsTimeZoneDto("UTC")));

    private static readonly SettingsDto Settings = new(new Dictionary<string, string>
    {
        ["Abp.Localization.DefaultLanguage"] = "en",
        ["Abp.Timing.TimeZone"] = "UTC",
    });

    public static IEndpointRouteBuilder MapApplicationConfiguration(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/abp/application-configuration", GetAsync)
            .AllowAnonymous("The client reads it before sign-in to learn whether the visitor is signed in and in which tenant.")
            .WithTags("Application configuration")
            .WithName("GetApplicationConfiguration")
            .WithSummary("Describes the caller: user, tenant and edition, feature values, granted permissions, and the loaded modules.");
        return app;
    }

    private static async Task<Ok<ApplicationConfigurationDto>> GetAsync(
        HttpContext http,
        ICurrentUser user,
        ICurrentTenant tenant,
        ITenantStore tenants,
        IEditionStore editions,
        IFeatureChecker features,
        IPermissionChecker permissions,
        ModuleCatalog modules,
        CancellationToken ct)
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

        var editionId = tenant.Id is { } tenantId ? (await tenants.FindAsync(tenantId, ct))?.EditionId : null;
        var edition = editionId is { } id ? await editions.FindAsync(id, ct) : null;
        var granted = await permissions.GetGrantedAsync(ct);

        return TypedResults.Ok(new ApplicationConfigurationDto(
            currentUser,
            new CurrentTenantDto(tenant.Id, tenant.Name, tenant.IsAvailable, editionId, edition?.Name),
            new FeaturesDto(await features.GetAllAsync(ct)),
            new AuthDto(granted.Order(StringComparer.Ordinal).ToDictionary(p => p, _ => true)),
            Settings,
            new MultiTenancyInfoDto(true),
            CurrentLocalization(),
            Utc,
            new ClockDto("Utc"),
            modules.Modules.Select(m => m.Name).ToList()));
    }

    private static LocalizationDto CurrentLocalization()
    {
        var culture = CultureInfo.CurrentUICulture;
        return culture.Name is "" or "en" or "en-US" ? English : English with
        {
            CurrentCulture = new CultureDto(culture.Name, culture.Name, culture.DisplayName, culture.EnglishName,
                culture.TwoLetterISOLanguageName, culture.TextInfo.IsRightToLeft),
        };
    }
}
