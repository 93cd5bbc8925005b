using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pikar.Integrations.Providers.X;

/// <summary>
/// X API v2 as Pikar uses it: the account, posting, deleting and post metrics. Speaks to the real X or to
/// the sandbox, whichever base address its <see cref="HttpClient"/> has; maps 401, 429 and 5xx to
/// <see cref="ProviderException"/>s the callers act on.
/// </summary>
internal sealed class XApiClient(HttpClient http, TimeProvider clock)
{
    private const string Provider = IntegrationProviders.X;

    public async Task<XUser> GetMeAsync(string accessToken, CancellationToken ct)
    {
        var body = await SendAsync(HttpMethod.Get, "2/users/me?user.fields=public_metrics", accessToken, null, ct);
        var data = body.GetProperty("data");
        long? followers = data.TryGetProperty("public_metrics", out var metrics) && metrics.TryGetProperty("followers_count", out var count) ? count.GetInt64() : null;
        return new XUser(data.GetProperty("id").GetString()!, data.GetProperty("username").GetString()!, data.GetProperty("name").GetString()!, followers);
    }

    public async Task<XPost> PostAsync(string accessToken, string text, CancellationToken ct)
    {
        var data = (await SendAsync(HttpMethod.Post, "2/tweets", accessToken, JsonContent.Create(new { text }), ct)).GetProperty("data");
        return new XPost(data.GetProperty("id").GetString()!, data.GetProperty("text").GetString()!);
    }

    public async Task<bool> DeleteAsync(string accessToken, string postId, CancellationToken ct) =>
        (await SendAsync(HttpMethod.Delete, $"2/tweets/{Uri.EscapeDataString(postId)}", accessToken, null, ct))
            .GetProperty("data").GetProperty("deleted").GetBoolean();

    /// <summary>Metrics of up to 100 of the account's posts; posts X no longer has are left out.</summary>
    public async Task<IReadOnlyList<XPostMetrics>> GetMetricsAsync(string accessToken, IReadOnlyCollection<string> postIds, CancellationToken ct)
    {
        if (postIds.Count is 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(postIds), "X looks up 1 to 100 posts at a time.");
        }

        var ids = string.Join(',', postIds.Select(Uri.EscapeDataString));
        var body = await SendAsync(HttpMethod.Get, $"2/tweets?ids={ids}&tweet.fields=public_metrics,non_public_metrics", accessToken, null, ct);
        if (!body.TryGetProperty("data", out var data))
        {
            return [];
        }

        return data.EnumerateArray().Select(ToMetrics).ToList();
    }

    /// <summary>The user's latest posts, newest first, with their metrics (X serves 5 to 100 a page).</summary>
    public async Task<IReadOnlyList<XTimelinePost>> GetRecentPostsAsync(string accessToken, string userId, int limit, CancellationToken ct)
    {
        var size = Math.Clamp(limit, 5, 100);
        var body = await SendAsync(HttpMethod.Get,
            $"2/users/{Uri.EscapeDataString(userId)}/tweets?max_results={size}&tweet.fields=created_at,public_metrics,non_public_metrics", accessToken, null, ct);
        if (!body.TryGetProperty("data", out var data))
        {
            return [];
        }

        return data.EnumerateArray().Take(limit).Select(post => new XTimelinePost(
            post.GetProperty("id").GetString()!,
            post.GetProperty("text").GetString()!,
            post.GetProperty("created_at").GetDateTimeOffset(),
            ToMetrics(post))).ToList();
    }

    private static XPostMetrics ToMetrics(JsonElement post)
    {
        var unavailable = new Dictionary<string, string>();
        long? Read(string group, string field, string metric)
        {
            if (post.TryGetProperty(group, out var metrics) && metrics.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number)
            {
                return value.GetInt64();
            }

            unavailable[metric] = $"X did not return {group}.{field} for this post (no longer served, or not granted to this app).";
            return null;
        }

        return new XPostMetrics(
            post.GetProperty("id").GetString()!,
            Read("non_public_metrics", "impression_count", "impressions"),
            Read("public_metrics", "like_count", "likes"),
            Read("public_metrics", "retweet_count", "reposts"),
            Read("public_metrics", "reply_count", "replies"),
            Read("public_metrics", "quote_count", "quotes"),
            unavailable);
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, string accessToken, HttpContent? content, CancellationToken ct)
    {
        var response = await ProviderTransport.SendAsync(http, Provider, method, path, accessToken, content, ct);
        switch (response.Status)
        {
            case HttpStatusCode.Unauthorized:
                throw new ProviderUnauthorizedException(Provider, "X no longer accepts this connection's token.");
            case HttpStatusCode.TooManyRequests:
                throw new ProviderRateLimitedException(Provider, RetryAfter(response.Headers));
            case >= HttpStatusCode.InternalServerError:
                throw new ProviderUnavailableException(Provider, $"X failed with {(int)response.Status}.");
            case >= HttpStatusCode.BadRequest:
                throw new ProviderRequestException(Provider, $"X refused the request ({(int)response.Status}): {Detail(response.Body)}");
        }

        return JsonDocument.Parse(response.Body).RootElement.Clone();
    }

    /// <summary>Retry-After when given, else X's x-rate-limit-reset (epoch seconds), else a minute.</summary>
    private TimeSpan RetryAfter(HttpResponseHeaders headers)
    {
        if (headers.RetryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (headers.TryGetValues("x-rate-limit-reset", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var reset))
        {
            var wait = DateTimeOffset.FromUnixTimeSeconds(reset) - clock.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
        }

        return TimeSpan.FromMinutes(1);
    }

    private static string Detail(string body)
    {
        try
        {
            var json = JsonDocument.Parse(body).RootElement;
            return json.TryGetProperty("detail", out var detail) ? detail.GetString() ?? body : body;
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }
}
