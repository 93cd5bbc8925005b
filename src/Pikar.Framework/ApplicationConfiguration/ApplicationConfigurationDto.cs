namespace Pikar.ApplicationConfiguration;

/// <summary>ABP's application configuration: what the client needs to know about the caller to shape its UI.</summary>
public sealed record ApplicationConfigurationDto(
    CurrentUserDto CurrentUser,
    CurrentTenantDto CurrentTenant,
    FeaturesDto Features,
    AuthDto Auth,
    SettingsDto Setting,
    MultiTenancyInfoDto MultiTenancy,
    LocalizationDto Localization,
    TimingDto Timing,
    ClockDto Clock,
    IReadOnlyList<string> Modules);

public sealed record CurrentUserDto(
    bool IsAuthenticated,
    Guid? Id,
    Guid? TenantId,
    string? UserName,
    string? Name,
    string? SurName,
    string? Email,
    IReadOnlyList<string> Roles);

public sealed record CurrentTenantDto(Guid? Id, string? Name, bool IsAvailable, Guid? EditionId, string? EditionName);

/// <summary>Every feature's value for the caller's tenant.</summary>
public sealed record FeaturesDto(IReadOnlyDictionary<string, string> Values);

/// <summary>Every permission the caller holds, as <c>name: true</c>.</summary>
public sealed record AuthDto(IReadOnlyDictionary<string, bool> GrantedPolicies);

public sealed record SettingsDto(IReadOnlyDictionary<string, string> Values);

public sealed record MultiTenancyInfoDto(bool IsEnabled);

public sealed record LocalizationDto(CultureDto CurrentCulture, string DefaultResourceName, IReadOnlyList<LanguageDto> Languages,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Values);

public sealed record CultureDto(string CultureName, string Name, string DisplayName, string EnglishName, string TwoLetterIsoLanguageName, bool IsRightToLeft);

public sealed record LanguageDto(string CultureName, string UiCultureName, string DisplayName);

public sealed record TimingDto(TimeZoneDto TimeZone);

public sealed record TimeZoneDto(IanaTimeZoneDto Iana, WindowsTimeZoneDto Windows);

public sealed record IanaTimeZoneDto(string TimeZoneName);

public sealed record WindowsTimeZoneDto(string TimeZoneId);

public sealed record ClockDto(string Kind);
