using Microsoft.AspNetCore.Mvc;
using Pikar.Paging;

namespace Pikar.TenantManagement.Editions;

public sealed record EditionDto(Guid Id, string Name, string DisplayName, int TenantCount, DateTimeOffset CreationTime, string ConcurrencyStamp);

public sealed record CreateEditionInput(string Name, string? DisplayName);

public sealed record UpdateEditionInput(string Name, string? DisplayName, string? ConcurrencyStamp);

public sealed record GetEditionsInput : PagedAndSortedInput
{
    [FromQuery(Name = "filter")]
    public string? Filter { get; init; }
}
