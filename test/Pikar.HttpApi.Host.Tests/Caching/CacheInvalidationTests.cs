using Microsoft.Extensions.DependencyInjection;
using Pikar.Caching;
using Pikar.Data;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.PermissionManagement.Grants;

namespace Pikar.HttpApi.Host.Tests.Caching;

/// <summary>A change's invalidation must outlive a reload of the old data that races its commit.</summary>
public sealed class CacheInvalidationTests(TestEnvironment env)
{
    [Fact]
    public async Task A_value_reloaded_before_the_commit_is_dropped_once_the_change_commits()
    {
        await using var scope = env.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
        var invalidator = scope.ServiceProvider.GetRequiredService<ICacheInvalidator>();
        var cache = scope.ServiceProvider.GetRequiredService<PermissionGrantCache>();
        var key = $"race-{Guid.NewGuid()}";
        IReadOnlySet<string> stale = new HashSet<string> { "Identity.Users" };

        await db.InTransactionAsync(async () =>
        {
            await invalidator.InvalidateAsync(PermissionGrantCache.CacheTopic, CancellationToken.None);
            await cache.GetOrAddAsync(key, () => Task.FromResult(stale)); // another request, still seeing the old grants
            return true;
        }, CancellationToken.None);

        var afterCommit = await cache.GetOrAddAsync(key, () => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()));
        afterCommit.ShouldBeEmpty();
    }

    [Fact]
    public void Outside_a_transaction_nothing_is_deferred()
    {
        AfterCommit.TryDefer(_ => Task.CompletedTask).ShouldBeFalse();
    }
}
