using System.Globalization;
using System.Text.Json;

namespace Pikar.Integrations.Providers.Facebook;

/// <summary>
/// The Graph API as Pikar uses it for a Page: the user's Pages and their tokens, the Page's audience, posting,
/// deleting, recent posts and their insights. Speaks to the real Graph or to the sandbox, whichever base address
/// (<c>…/v21.0/</c>) its <see cref="HttpClient"/> has; Graph's errors become <see cref="ProviderException"/>s.
/// </summary>
internal sealed class FacebookGraphClient(HttpClient http, TimeProvider clock)
{
    private const string Provider = IntegrationProviders.Facebook;
    private const string PostFields = "id,message,created_time,permalink_url,shares,reactions.summary(total_count),comments.summary(total_count)";
    private const string Impressions = "post_impressions";
    private const string Reach = "post_impressions_unique";
    private const string PageImpressions = "page_impressions";
    private const string PageReach = "page_impressions_unique";

    /// <summary>
    /// Trades a user token for a long-lived one (about 60 days): a Page token read with it does not expire, while one
    /// read with the short-lived token from the login would die within hours. Mirrors <c>oauth/access_token?grant_type=fb_exchange_token</c>.
    /// </summary>
    public async Task<FacebookToken> ExchangeForLongLivedTokenAsync(string appId, string appSecret, string userToken, CancellationToken ct)
    {
        // POSTed, so the app secret stays out of URLs (and logs).
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "fb_exchange_token", ["client_id"] = appId, ["client_secret"] = appSecret, ["fb_exchange_token"] = userToken,
        });
        var (body, _) = await SendAsync(HttpMethod.Post, "oauth/access_token", accessToken: null, form, ct);
        return new FacebookToken(body.GetProperty("access_token").GetString()!,
            body.TryGetProperty("expires_in", out var expiresIn) && expiresIn.TryGetInt64(out var seconds) ? TimeSpan.FromSeconds(seconds) : null);
    }

    /// <summary>The Pages the user granted, each with its Page token (<c>GET me/accounts</c>).</summary>
    public async Task<IReadOnlyList<FacebookManagedPage>> GetManagedPagesAsync(string userToken, CancellationToken ct)
    {
        var (body, _) = await SendAsync(HttpMethod.Get, "me/accounts?fields=id,name,access_token", userToken, null, ct);
        return body.GetProperty("data").EnumerateArray()
            .Select(p => new FacebookManagedPage(p.GetProperty("id").GetString()!, p.GetProperty("name").GetString()!, p.GetProperty("access_token").GetString()!))
            .ToList();
    }

    public async Task<FacebookPage> GetPageAsync(string accessToken, string pageId, CancellationToken ct)
    {
        var (body, _) = await SendAsync(HttpMethod.Get, $"{Uri.EscapeDataString(pageId)}?fields=followers_count,fan_count,name", accessToken, null, ct);
        long? followers = body.TryGetProperty("followers_count", out var count) && count.ValueKind == JsonValueKind.Number ? count.GetInt64() : null;
        return new FacebookPage(body.GetProperty("id").GetString()!, body.GetProperty("name").GetString()!, followers);
    }

    /// <summary>Publishes as the Page (its token); the id is Graph's <c>{page-id}_{post-id}</c>.</summary>
    public async Task<string> PublishAsync(string pageToken, string pageId, string message, CancellationToken ct)
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = message });
        var (body, _) = await SendAsync(HttpMethod.Post, $"{Uri.EscapeDataString(pageId)}/feed", pageToken, form, ct);
        return body.GetProperty("id").GetString()!;
    }

    public async Task<bool> DeleteAsync(string pageToken, string postId, CancellationToken ct)
    {
        var (body, _) = await SendAsync(HttpMethod.Delete, Uri.EscapeDataString(postId), pageToken, null, ct);
        return body.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.True;
    }

    /// <summary>The Page's latest posts, newest first (Graph serves at most 100 a page).</summary>
    public async Task<IReadOnlyList<FacebookPost>> GetRecentPostsAsync(string accessToken, string pageId, int limit, CancellationToken ct)
    {
        var size = Math.Clamp(limit, 1, 100);
        var (body, _) = await SendAsync(HttpMethod.Get, $"{Uri.EscapeDataString(pageId)}/posts?fields={Uri.EscapeDataString(PostFields)}&limit={size}", accessToken, null, ct);
        return body.GetProperty("data").EnumerateArray().Take(limit).Select(post => new FacebookPost(
            post.GetProperty("id").GetString()!,
            post.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "",
            ParseTime(post.GetProperty("created_time").GetString()!),
            post.TryGetProperty("permalink_url", out var permalink) && Uri.TryCreate(permalink.GetString(), UriKind.Absolute, out var url) ? url : null,
            Summary(post, "reactions"),
            Summary(post, "comments"),
            post.TryGetProperty("shares", out var shares) && shares.TryGetProperty("count", out var shared) ? shared.GetInt64() : 0)).ToList();
    }

    /// <summary>
    /// A post's lifetime impressions and reach. Graph refuses a metric it no longer serves (or never did for this post)
    /// with code 100 for the whole request; those metrics are then unavailable with Graph's reason, not zero.
    /// </summary>
    public async Task<FacebookPostInsights> GetPostInsightsAsync(string pageToken, string postId, CancellationToken ct)
    {
        var (body, refused) = await SendAsync(HttpMethod.Get, $"{Uri.EscapeDataString(postId)}/insights?metric={Impressions},{Reach}", pageToken, null, ct,
            tolerate: error => error.Code == 100);
        if (refused is not null)
        {
            var reason = $"Facebook refused the metric: {refused.Message} (no longer served, or not available for this post).";
            return new FacebookPostInsights(null, null, new Dictionary<string, string> { [Impressions] = reason, [Reach] = reason });
        }

        var values = body.GetProperty("data").EnumerateArray()
            .Where(m => m.TryGetProperty("values", out var v) && v.GetArrayLength() > 0 && v[0].TryGetProperty("value", out var n) && n.ValueKind == JsonValueKind.Number)
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("values")[0].GetProperty("value").GetInt64());
        var unavailable = new Dictionary<string, string>();
        foreach (var metric in (string[])[Impressions, Reach])
        {
            if (!values.ContainsKey(metric))
            {
                unavailable[metric] = $"Facebook did not return {metric} for this post.";
            }
        }

        return new FacebookPostInsights(
            values.TryGetValue(Impressions, out var impressions) ? impressions : null, values.TryGetValue(Reach, out var reach) ? reach : null, unavailable);
    }

    /// <summary>
    /// The Page's impressions and reach over the last 28 days (<c>period=days_28</c>, the latest value). Graph refuses a
    /// Page metric it deprecated with code 100; those are then unavailable with its reason.
    /// </summary>
    public async Task<FacebookPageInsights> GetPageInsightsAsync(string pageToken, string pageId, CancellationToken ct)
    {
        var (body, refused) = await SendAsync(HttpMethod.Get, $"{Uri.EscapeDataString(pageId)}/insights?metric={PageImpressions},{PageReach}&period=days_28",
            pageToken, null, ct, tolerate: error => error.Code == 100);
        if (refused is not null)
        {
            var reason = $"Facebook refused the Page metric: {refused.Message} (no longer served, or not available for this Page).";
            return new FacebookPageInsights(null, null, new Dictionary<string, string> { [PageImpressions] = reason, [PageReach] = reason });
        }

        var values = body.GetProperty("data").EnumerateArray()
            .Where(m => m.TryGetProperty("values", out var v) && v.GetArrayLength() > 0 && v[v.GetArrayLength() - 1].TryGetProperty("value", out var n) && n.ValueKind == JsonValueKind.Number)
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => { var v = m.GetProperty("values"); return v[v.GetArrayLength() - 1].GetProperty("value").GetInt64(); });
        var unavailable = new Dictionary<string, string>();
        foreach (var metric in (string[])[PageImpressions, PageReach])
        {
            if (!values.ContainsKey(metric))
            {
                unavailable[metric] = $"Facebook did not return {metric} for this Page.";
            }
        }

        return new FacebookPageInsights(
            values.TryGetValue(PageImpressions, out var impressions) ? impressions : null, values.TryGetValue(PageReach, out var reach) ? reach : null, unavailable);
    }

    /// <summary>Graph writes times as <c>2025-11-25T10:00:00+0000</c>.</summary>
    private static DateTimeOffset ParseTime(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static long? Summary(JsonElement post, string edge) =>
        post.TryGetProperty(edge, out var value) && value.TryGetProperty("summary", out var summary)
        && summary.TryGetProperty("total_count", out var total) && total.ValueKind == JsonValueKind.Number ? total.GetInt64() : null;

    private async Task<(JsonElement Body, FacebookGraphError? Tolerated)> SendAsync(
        HttpMethod method, string path, string? accessToken, HttpContent? content, CancellationToken ct, Func<FacebookGraphError, bool>? tolerate = null)
    {
        var response = await ProviderTransport.SendAsync(http, Provider, method, path, accessToken, content, ct);
        if (!response.IsSuccess)
        {
            var error = FacebookGraphErrors.Parse((int)response.Status, response.Body);
            return tolerate?.Invoke(error) == true
                ? (default, error)
                : throw FacebookGraphErrors.ToException(error, response.Headers, clock.GetUtcNow());
        }

        try
        {
            using var json = JsonDocument.Parse(response.Body);
            return (json.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            throw new ProviderUnavailableException(Provider, "Facebook answered with something other than JSON.", e);
        }
    }
}
