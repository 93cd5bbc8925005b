using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pikar.Data;

namespace Pikar.Caching;

/// <summary>
/// Cache invalidation across hosts with PostgreSQL LISTEN/NOTIFY (no Redis needed): a change
/// clears the local cache at once and notifies the others, which clear theirs on receipt. After a
/// lost connection every cache is cleared, since notifications may have been missed.
/// </summary>
internal sealed partial class PostgresCacheInvalidationBus(
    NpgsqlDataSource dataSource,
    IServiceProvider services,
    ILogger<PostgresCacheInvalidationBus> logger) : BackgroundService, ICacheInvalidator
{
    public const string Channel = "pikar_cache";

    /// <remarks>
    /// Inside a transaction the caches are dropped now and again after the commit: a request that
    /// reloaded the old data in between must not keep it.
    /// </remarks>
    public async Task InvalidateAsync(string topic, CancellationToken cancellationToken)
    {
        ClearLocal(topic);
        if (AfterCommit.TryDefer(ct => ClearEverywhereAsync(topic, ct)))
        {
            return;
        }

        await ClearEverywhereAsync(topic, cancellationToken);
    }

    private async Task ClearEverywhereAsync(string topic, CancellationToken cancellationToken)
    {
        ClearLocal(topic);
        await using var command = dataSource.CreateCommand($"SELECT pg_notify('{Channel}', $1)");
        command.Parameters.Add(new NpgsqlParameter { Value = topic });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => ClearLocal(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                ClearLocal(null);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (NpgsqlException exception)
            {
                LogListenFailed(logger, exception);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    private void ClearLocal(string? topic)
    {
        foreach (var cache in services.GetServices<IInvalidatableCache>())
        {
            if (topic is null || cache.Topic == topic)
            {
                cache.Clear();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for cache invalidations failed; retrying")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);
}
