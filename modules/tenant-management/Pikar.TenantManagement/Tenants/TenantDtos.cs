using Microsoft.AspNetCore.Mvc;
using Pikar.Paging;

namespace Pikar.TenantManagement.Tenants;

public sealed record TenantDto(
    Guid Id, string Name, Guid? EditionId, string? EditionName, bool IsActive, DateTimeOffset CreationTime, string ConcurrencyStamp);

public sealed record CreateTenantInput(string Name, string? EditionName, string AdminEmailAddress, string AdminPassword);

public sealed record UpdateTenantInput(string Name, string? EditionName, bool? IsActive, string? ConcurrencyStamp);

public sealed record GetTenantsInput : PagedAndSortedInput
{
    [FromQuery(Name = "filter")]
    public string? Filter { get; init; }
}

/// <summary>ABP's anonymous tenant lookup, used by the login page's tenant switch.</summary>
public sealed record FindTenantResultDto(bool Success, Guid? TenantId, string? Name, bool IsActive);
