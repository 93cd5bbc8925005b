using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Errors;
using Pikar.Integrations.Providers;
using Pikar.Integrations.Social;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>
/// Syncs one social account: reads its followers and recent posts from the network, keeps the posts' latest
/// figures and a snapshot of what changed, and records the outcome. The network's trouble never throws out of
/// here: it becomes the account's status, error and next attempt, which the dashboard shows.
/// </summary>
internal sealed class SocialSync(PikarDbContext db, ISocialAnalytics analytics, SocialPerformanceLive live, TimeProvider clock)
{
    public const int PostsPerSync = 50;

    /// <summary>Engagement arrives in bursts: within this long of the last sync, a webhook's sync is left to the job.</summary>
    public static readonly TimeSpan WebhookDebounce = TimeSpan.FromMinutes(1);

    /// <summary>A network reported engagement: the account is due at once. False when it is not followed.</summary>
    public async Task<bool> MarkDueAsync(Guid connectionId, CancellationToken ct)
    {
        var account = await db.Set<SocialAccount>().SingleOrDefaultAsync(a => a.ConnectionId == connectionId, ct);
        if (account is null)
        {
            return false;
        }

        account.Due(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Syncs a due account now, unless it was synced a moment ago (the job then takes it); nothing if it is no longer followed.</summary>
    public async Task SyncSoonAsync(Guid connectionId, CancellationToken ct)
    {
        var account = await db.Set<SocialAccount>().AsNoTracking().SingleOrDefaultAsync(a => a.ConnectionId == connectionId, ct);
        if (account is null || (account.LastSyncTime is { } last && clock.GetUtcNow() - last < WebhookDebounce))
        {
            return;
        }

        await SyncAsync(connectionId, ct);
    }

    public async Task<SocialAccount> SyncAsync(Guid connectionId, CancellationToken ct)
    {
        var account = await db.Set<SocialAccount>().SingleOrDefaultAsync(a => a.ConnectionId == connectionId, ct)
            ?? throw new EntityNotFoundException(typeof(SocialAccount), connectionId);
        var now = clock.GetUtcNow();
        try
        {
            var profile = await analytics.ReadAccountAsync(connectionId, ct);
            var posts = await analytics.ReadRecentPostsAsync(connectionId, PostsPerSync, ct);
            await db.InTransactionAsync(() => RecordAsync(account, profile, posts, now, ct), ct);
        }
        catch (ProviderRateLimitedException e)
        {
            await FailAsync(account, SyncStatus.RateLimited, e.Message, now, e.RetryAfter, ct);
        }
        catch (ProviderUnauthorizedException e)
        {
            await FailAsync(account, SyncStatus.ReauthRequired, e.Message, now, null, ct);
        }
        catch (ProviderException e)
        {
            await FailAsync(account, SyncStatus.Failed, e.Message, now, null, ct);
        }

        await live.AccountSyncedAsync(connectionId, ct);
        return account;
    }

    /// <summary>A sync that failed for a reason of Pikar's own: recorded as failed and tried again later, if the account is still followed.</summary>
    public async Task PostponeAsync(Guid connectionId, string error, CancellationToken ct)
    {
        if (await db.Set<SocialAccount>().SingleOrDefaultAsync(a => a.ConnectionId == connectionId, ct) is { } account)
        {
            await FailAsync(account, SyncStatus.Failed, $"The sync failed unexpectedly and is tried again later: {error}", clock.GetUtcNow(), null, ct);
        }
    }

    /// <summary>Stores what the network reported at <paramref name="now"/> (a sync, or the sandbox's history for demo data).</summary>
    public async Task<bool> RecordAsync(SocialAccount account, SocialAccountResult profile, IReadOnlyList<SocialPostResult> posts, DateTimeOffset now, CancellationToken ct)
    {
        // Syncs of one account (a webhook's, the job's, refresh now) record one after another, each seeing the posts
        // the one before stored, so none inserts a post twice.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM solopreneur.social_accounts WHERE id = {account.Id} FOR UPDATE", ct);
        var ids = posts.Select(p => p.PostId).ToList();
        var known = await db.Set<SocialPost>().Where(p => p.AccountId == account.Id && ids.Contains(p.ProviderPostId)).ToDictionaryAsync(p => p.ProviderPostId, ct);
        foreach (var result in posts)
        {
            var metrics = MetricMapping.From(result);
            if (!known.TryGetValue(result.PostId, out var post))
            {
                post = new SocialPost { AccountId = account.Id, ProviderPostId = result.PostId, Text = Clip(result.Text), PublishedAt = result.PublishedAt };
                db.Add(post);
            }
            else if (MetricMapping.Same(post.Metrics, metrics))
            {
                post.LastSyncTime = now;
                continue;
            }

            post.Text = Clip(result.Text);
            post.Url = result.Url?.ToString();
            post.Metrics = metrics;
            post.LastSyncTime = now;
            db.Add(new MetricSnapshot { AccountId = account.Id, PostId = post.Id, CapturedAt = now, Metrics = MetricMapping.Copy(metrics) });
        }

        profile.Unavailable.TryGetValue(SocialMetric.Followers, out var followersUnavailable);
        account.Succeeded(profile.Followers, followersUnavailable, MetricMapping.From(profile.PageInsights), now);
        var totals = MetricMapping.Total(posts);
        if (followersUnavailable is not null)
        {
            totals.Unavailable[MetricMapping.Name(SocialMetric.Followers)] = followersUnavailable;
        }

        db.Add(new MetricSnapshot { AccountId = account.Id, CapturedAt = now, Followers = profile.Followers, Metrics = totals });
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task FailAsync(SocialAccount account, SyncStatus status, string error, DateTimeOffset now, TimeSpan? retryAfter, CancellationToken ct)
    {
        account.Failed(status, error, now, retryAfter);
        await db.SaveChangesAsync(ct);
    }

    private static string Clip(string text) => text.Length <= SocialPost.MaxTextLength ? text : text[..(SocialPost.MaxTextLength - 1)] + "…";
}
