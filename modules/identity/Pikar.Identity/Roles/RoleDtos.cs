using Microsoft.AspNetCore.Mvc;
using Pikar.Paging;

namespace Pikar.Identity.Roles;

public sealed record IdentityRoleDto(Guid Id, string Name, bool IsDefault, bool IsStatic, bool IsPublic, string? ConcurrencyStamp);

public sealed record CreateRoleInput(string Name, bool IsDefault = false, bool IsPublic = false);

public sealed record UpdateRoleInput(string Name, bool IsDefault = false, bool IsPublic = false, string? ConcurrencyStamp = null);

public sealed record GetRolesInput : PagedAndSortedInput
{
    [FromQuery(Name = "filter")]
    public string? Filter { get; init; }
}
