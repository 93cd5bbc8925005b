using Microsoft.AspNetCore.Mvc;
using Pikar.Paging;

namespace Pikar.Identity.Users;

public sealed record IdentityUserDto(
    Guid Id,
    Guid? TenantId,
    string UserName,
    string? Email,
    string? Name,
    string? Surname,
    string? PhoneNumber,
    bool EmailConfirmed,
    bool IsActive,
    bool LockoutEnabled,
    DateTimeOffset? LockoutEnd,
    bool IsLockedOut,
    int AccessFailedCount,
    DateTimeOffset CreationTime,
    string? ConcurrencyStamp);

public sealed record CreateUserInput(
    string UserName,
    string Email,
    string Password,
    string? Name = null,
    string? Surname = null,
    string? PhoneNumber = null,
    bool? IsActive = null,
    bool? LockoutEnabled = null,
    IReadOnlyList<string>? RoleNames = null);

public sealed record UpdateUserInput(
    string UserName,
    string Email,
    string? Name = null,
    string? Surname = null,
    string? PhoneNumber = null,
    bool? IsActive = null,
    bool? LockoutEnabled = null,
    IReadOnlyList<string>? RoleNames = null,
    string? Password = null,
    string? ConcurrencyStamp = null);

public sealed record GetUsersInput : PagedAndSortedInput
{
    [FromQuery(Name = "filter")]
    public string? Filter { get; init; }
}

public sealed record LockUserInput(DateTimeOffset? LockoutEnd);

public sealed record UpdateUserRolesInput(IReadOnlyList<string> RoleNames);

/// <summary>ABP's <c>ListResultDto</c>.</summary>
public sealed record ListResult<T>(IReadOnlyList<T> Items);
