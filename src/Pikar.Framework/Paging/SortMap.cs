using System.Linq.Expressions;
using Pikar.Errors;

namespace Pikar.Paging;

/// <summary>The whitelist of fields a list may be sorted by; ties break on the id so pages are stable.</summary>
public sealed class SortMap<T>(string defaultField) : ISortWhitelist where T : class
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> _fields = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Fields => _fields.Keys;

    public SortMap<T> Add<TKey>(string field, Expression<Func<T, TKey>> key)
    {
        _fields[field] = (query, descending) => descending ? query.OrderByDescending(key) : query.OrderBy(key);
        return this;
    }

    public bool IsValid(string? sorting) => string.IsNullOrWhiteSpace(sorting) || TryParse(sorting, out _, out _);

    public IQueryable<T> Apply(IQueryable<T> query, string? sorting, Expression<Func<T, Guid>> id)
    {
        if (!TryParse(string.IsNullOrWhiteSpace(sorting) ? defaultField : sorting, out var field, out var descending))
        {
            throw new InvalidInputException("sorting", $"Sorting must be one of: {string.Join(", ", Fields)}, optionally followed by 'asc' or 'desc'.");
        }

        var ordered = _fields[field](query, descending);
        return descending ? ordered.ThenByDescending(id) : ordered.ThenBy(id);
    }

    private bool TryParse(string sorting, out string field, out bool descending)
    {
        var parts = sorting.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        field = parts.Length > 0 ? parts[0] : "";
        descending = parts.Length == 2 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        var directionOk = parts.Length == 1 || (parts.Length == 2 && (descending || parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase)));
        return directionOk && _fields.ContainsKey(field);
    }
}
