using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Errors;
using Pikar.Integrations.Connections;
using Pikar.Paging;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>What the dashboard reads: accounts with their status and latest figures, metric series, and posts.</summary>
internal sealed class SocialPerformanceQueries(PikarDbContext db, IConnectionDirectory connections, TimeProvider clock)
{
    public static readonly TimeSpan DefaultRange = TimeSpan.FromDays(28);

    public static readonly SortMap<SocialPost> PostSorting = new SortMap<SocialPost>("publishedAt desc")
        .Add("publishedAt", p => p.PublishedAt)
        .Add("impressions", p => p.Metrics.Impressions)
        .Add("likes", p => p.Metrics.Likes)
        .Add("comments", p => p.Metrics.Comments)
        .Add("shares", p => p.Metrics.Shares);

    /// <summary>Every connected social account, oldest first; one connected a moment ago shows as pending until its first sync.</summary>
    public async Task<IReadOnlyList<SocialAccountDto>> GetAccountsAsync(CancellationToken ct)
    {
        var connected = await connections.ListAsync(SocialNetworks.All, ct);
        var accounts = await db.Set<SocialAccount>().AsNoTracking().ToDictionaryAsync(a => a.ConnectionId, ct);
        var ids = accounts.Values.Select(a => a.Id).ToList();
        var latest = await db.Set<MetricSnapshot>().AsNoTracking()
            .Where(s => ids.Contains(s.AccountId) && s.PostId == null)
            .GroupBy(s => s.AccountId)
            .Select(g => g.OrderByDescending(s => s.CapturedAt).First())
            .ToDictionaryAsync(s => s.AccountId, ct);
        return connected.Select(c => ToDto(c, accounts.GetValueOrDefault(c.Id), latest)).ToList();
    }

    public async Task<SocialAccountDto> GetAccountAsync(Guid id, CancellationToken ct)
    {
        var connection = await FindConnectionAsync(id, ct);
        var account = await db.Set<SocialAccount>().AsNoTracking().SingleOrDefaultAsync(a => a.ConnectionId == id, ct);
        var latest = account is null
            ? new Dictionary<Guid, MetricSnapshot>()
            : await db.Set<MetricSnapshot>().AsNoTracking()
                .Where(s => s.AccountId == account.Id && s.PostId == null).OrderByDescending(s => s.CapturedAt).Take(1)
                .ToDictionaryAsync(s => s.AccountId, ct);
        return ToDto(connection, account, latest);
    }

    public async Task<SocialMetricSeriesDto> GetAccountSeriesAsync(Guid id, GetSocialMetricsInput input, CancellationToken ct)
    {
        await FindConnectionAsync(id, ct);
        var account = await db.Set<SocialAccount>().AsNoTracking().SingleOrDefaultAsync(a => a.ConnectionId == id, ct);
        return account is null ? Empty : await SeriesAsync(account.Id, postId: null, input, ct);
    }

    public async Task<PagedResult<SocialPostDto>> GetPostsAsync(Guid id, GetSocialPostsInput input, CancellationToken ct)
    {
        await FindConnectionAsync(id, ct);
        var query = db.Set<SocialPost>().AsNoTracking().Where(p => db.Set<SocialAccount>().Any(a => a.Id == p.AccountId && a.ConnectionId == id));
        var total = await query.LongCountAsync(ct);
        var page = await PostSorting.Apply(query, input.Sorting, p => p.Id).Skip(input.Skip).Take(input.Take).ToListAsync(ct);
        return new PagedResult<SocialPostDto>(total, page.Select(p => ToDto(id, p)).ToList());
    }

    public async Task<SocialMetricSeriesDto> GetPostSeriesAsync(Guid postId, GetSocialMetricsInput input, CancellationToken ct)
    {
        var post = await db.Set<SocialPost>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == postId, ct)
            ?? throw new EntityNotFoundException(typeof(SocialPost), postId);
        return await SeriesAsync(post.AccountId, post.Id, input, ct);
    }

    private static SocialMetricSeriesDto Empty { get; } = new([], new Dictionary<string, string>());

    private async Task<SocialMetricSeriesDto> SeriesAsync(Guid accountId, Guid? postId, GetSocialMetricsInput input, CancellationToken ct)
    {
        var to = input.To ?? clock.GetUtcNow();
        var from = input.From ?? to - DefaultRange;
        var snapshots = await db.Set<MetricSnapshot>().AsNoTracking()
            .Where(s => s.AccountId == accountId && s.PostId == postId && s.CapturedAt >= from && s.CapturedAt <= to)
            .OrderBy(s => s.CapturedAt)
            .ToListAsync(ct);
        var bucket = input.Interval == "hour" ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);
        var points = snapshots
            .GroupBy(s => s.CapturedAt.UtcTicks / bucket.Ticks)
            .Select(g => g.Last())
            .Select(s => MetricMapping.ToDto(s.CapturedAt, s.Followers, null, s.Metrics))
            .ToList();
        return new SocialMetricSeriesDto(points, points.Count > 0 ? points[^1].Unavailable : new Dictionary<string, string>());
    }

    private async Task<ConnectionDto> FindConnectionAsync(Guid id, CancellationToken ct)
    {
        var connection = await connections.GetAsync(id, ct);
        return SocialNetworks.All.Contains(connection.Provider) ? connection : throw new EntityNotFoundException(typeof(SocialAccount), id);
    }

    private static SocialAccountDto ToDto(ConnectionDto c, SocialAccount? account, IReadOnlyDictionary<Guid, MetricSnapshot> latest)
    {
        var snapshot = account is null ? null : latest.GetValueOrDefault(account.Id);
        return new SocialAccountDto(
            c.Id, c.Provider, c.ProviderDisplayName, c.DisplayName, c.IsSandbox, c.Health, c.LastError,
            account?.Status ?? SyncStatus.Pending, account?.LastSyncTime, account?.NextSyncTime, account?.LastError,
            snapshot is null ? null : MetricMapping.ToDto(snapshot.CapturedAt, snapshot.Followers, null, snapshot.Metrics),
            MetricMapping.ToDto(account?.PageInsights));
    }

    private static SocialPostDto ToDto(Guid accountId, SocialPost p) =>
        new(p.Id, accountId, p.ProviderPostId, p.Text, p.PublishedAt, p.Url, MetricMapping.ToDto(p.LastSyncTime, null, null, p.Metrics));
}
