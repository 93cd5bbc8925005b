namespace Pikar.Paging;

public sealed record PagedResult<T>(long TotalCount, IReadOnlyList<T> Items);
