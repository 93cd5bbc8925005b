using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pikar.Auditing;
using Pikar.Data;
using Pikar.MultiTenancy;

namespace Pikar.AuditLogging.AuditLogs;

/// <summary>
/// Writes audit logs in the background, in batches, each in its own tenant, so requests never
/// wait for them; logs are readable within a fraction of a second. On shutdown the queue is drained.
/// </summary>
internal sealed partial class AuditLogWriter(IServiceScopeFactory scopes, ICurrentTenant currentTenant, ILogger<AuditLogWriter> logger)
    : BackgroundService, IAuditLogSink
{
    private const int Capacity = 100_000;
    private const int BatchSize = 500;
    private const int Attempts = 5;

    private readonly Channel<AuditLogInfo> _queue = Channel.CreateBounded<AuditLogInfo>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });

    public void Enqueue(AuditLogInfo log)
    {
        if (!_queue.Writer.TryWrite(log))
        {
            LogQueueFull(logger, log.HttpMethod, log.Url);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<AuditLogInfo>(BatchSize);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var log))
            {
                batch.Add(log);
            }

            await WriteWithRetryAsync(batch, stoppingToken);
            batch.Clear();
        }
    }

    private async Task WriteWithRetryAsync(List<AuditLogInfo> batch, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                foreach (var tenantLogs in batch.GroupBy(l => l.TenantId))
                {
                    await WriteAsync(tenantLogs.Key, tenantLogs, CancellationToken.None);
                }

                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or Microsoft.EntityFrameworkCore.DbUpdateException or TimeoutException)
            {
                if (attempt == Attempts || stoppingToken.IsCancellationRequested)
                {
                    LogWriteFailed(logger, exception, batch.Count);
                    await WriteOneByOneAsync(batch);
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), CancellationToken.None);
            }
        }
    }

    /// <summary>After a batch failed for good, one bad log must not take the others with it.</summary>
    private async Task WriteOneByOneAsync(List<AuditLogInfo> batch)
    {
        foreach (var log in batch)
        {
            try
            {
                await WriteAsync(log.TenantId, [log], CancellationToken.None);
            }
            catch (Exception exception) when (exception is NpgsqlException or Microsoft.EntityFrameworkCore.DbUpdateException or TimeoutException)
            {
                LogDropped(logger, exception, log.HttpMethod, log.Url);
            }
        }
    }

    private async Task WriteAsync(Guid? tenantId, IEnumerable<AuditLogInfo> logs, CancellationToken ct)
    {
        using (currentTenant.Change(tenantId))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
            var pending = logs.ToList();
            var ids = pending.Select(l => l.Id).ToList();
            var written = await db.Set<AuditLog>().Where(l => ids.Contains(l.Id)).Select(l => l.Id).ToListAsync(ct);
            db.AddRange(pending.Where(l => !written.Contains(l.Id)).Select(AuditLogMapping.ToEntity));

            await db.SaveChangesAsync(ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The audit log queue is full; the log of {Method} {Url} was dropped")]
    private static partial void LogQueueFull(ILogger logger, string method, string url);

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit log of {Method} {Url} could not be written and was dropped")]
    private static partial void LogDropped(ILogger logger, Exception exception, string method, string url);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing {Count} audit logs failed; writing them one by one")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int count);
}
