using Microsoft.AspNetCore.Mvc;

namespace Pikar.Paging;

/// <summary>ABP's paging and sorting parameters, bound from the query string.</summary>
public record PagedAndSortedInput
{
    public const int DefaultMaxResultCount = 10;
    public const int MaxMaxResultCount = 1000;

    [FromQuery(Name = "skipCount")]
    public int? SkipCount { get; init; }

    [FromQuery(Name = "maxResultCount")]
    public int? MaxResultCount { get; init; }

    /// <summary>A field name from the endpoint's whitelist, optionally followed by <c>asc</c> or <c>desc</c>.</summary>
    [FromQuery(Name = "sorting")]
    public string? Sorting { get; init; }

    public int Skip => SkipCount ?? 0;

    public int Take => MaxResultCount ?? DefaultMaxResultCount;
}
