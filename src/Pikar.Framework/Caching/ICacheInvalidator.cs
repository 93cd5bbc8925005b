namespace Pikar.Caching;

/// <summary>Tells every running host (this one included) to drop a cache after the data behind it changed.</summary>
public interface ICacheInvalidator
{
    Task InvalidateAsync(string topic, CancellationToken cancellationToken);
}

/// <summary>A cache that can be dropped by topic.</summary>
public interface IInvalidatableCache
{
    string Topic { get; }

    void Clear();
}
