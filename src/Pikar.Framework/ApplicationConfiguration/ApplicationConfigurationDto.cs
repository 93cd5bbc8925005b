namespace Pikar.ApplicationConfiguration;

/// <summary>ABP's application configuration: what the client needs to know about the caller to shape its UI.</summary>
public sealed record ApplicationConfigurationDto(
    CurrentUserDto CurrentUser,
    CurrentTenantDto CurrentTenant,
    MultiTenancyInfoDto MultiTenancy,
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

public sealed record CurrentTenantDto(Guid? Id, string? Name, bool IsAvailable);

public sealed record MultiTenancyInfoDto(bool IsEnabled);
