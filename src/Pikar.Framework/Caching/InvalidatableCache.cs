namespace Pikar.Caching;

/// <summary>
/// A small in-process cache dropped whole when its topic is invalidated. A value loaded while an
/// invalidation happened is returned but not kept, so a stale read can never stick.
/// </summary>
public abstract class InvalidatableCache<TKey, TValue>(string topic, int maxEntries = 10_000) : IInvalidatableCache where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _items = [];
    private readonly Lock _lock = new();
    private long _generation;

    public string Topic => topic;

    public async Task<TValue> GetOrAddAsync(TKey key, Func<Task<TValue>> load)
    {
        long generation;
        lock (_lock)
        {
            if (_items.TryGetValue(key, out var cached))
            {
                return cached;
            }

            generation = _generation;
        }

        var value = await load();
        lock (_lock)
        {
            if (generation == _generation)
            {
                if (_items.Count >= maxEntries)
                {
                    _items.Clear();
                }

                _items[key] = value;
            }
        }

        return value;
    }

    /// <summary>Drops one entry, e.g. a miss that must not be remembered.</summary>
    public void Forget(TKey key)
    {
        lock (_lock)
        {
            _items.Remove(key);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _generation++;
            _items.Clear();
        }
    }
}
