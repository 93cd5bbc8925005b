using Microsoft.AspNetCore.Mvc;

namespace Pikar.PermissionManagement.Grants;

public sealed record PermissionProviderInput([FromQuery(Name = "providerName")] string? ProviderName, [FromQuery(Name = "providerKey")] string? ProviderKey);

/// <summary>ABP's <c>GetPermissionListResultDto</c>.</summary>
public sealed record GetPermissionListResultDto(string EntityDisplayName, IReadOnlyList<PermissionGroupDto> Groups);

public sealed record PermissionGroupDto(string Name, string DisplayName, IReadOnlyList<PermissionGrantInfoDto> Permissions);

/// <param name="IsAvailable">False when a feature the permission needs is off for the tenant: it cannot be granted now.</param>
public sealed record PermissionGrantInfoDto(
    string Name,
    string DisplayName,
    string? ParentName,
    bool IsGranted,
    bool IsAvailable,
    IReadOnlyList<string> AllowedProviders,
    IReadOnlyList<ProviderInfoDto> GrantedProviders);

public sealed record ProviderInfoDto(string ProviderName, string ProviderKey);

public sealed record UpdatePermissionsInput(IReadOnlyList<UpdatePermissionInput> Permissions);

public sealed record UpdatePermissionInput(string Name, bool IsGranted);
