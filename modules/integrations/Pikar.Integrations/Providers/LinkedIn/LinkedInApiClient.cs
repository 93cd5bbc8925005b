using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Pikar.Integrations.Social;

namespace Pikar.Integrations.Providers.LinkedIn;

/// <summary>
/// LinkedIn's versioned REST API (Rest.li 2.0) as Pikar uses it for an organization page: the pages the member
/// administers, followers, posting, deleting, recent posts and their figures. Speaks to the real LinkedIn or to the
/// sandbox, whichever base address its <see cref="HttpClient"/> has; maps 401, 429 and 5xx to <see cref="ProviderException"/>s.
/// </summary>
internal sealed class LinkedInApiClient(HttpClient http, TimeProvider clock)
{
    /// <summary>The monthly API version Pikar speaks; LinkedIn serves each version for about a year.</summary>
    public const string ApiVersion = "202610";

    private const string Provider = IntegrationProviders.LinkedIn;

    /// <summary>The URNs of the pages the member administers (approved role).</summary>
    public async Task<IReadOnlyList<string>> GetAdministeredOrganizationsAsync(string accessToken, CancellationToken ct)
    {
        var answer = await SendAsync(HttpMethod.Get, "rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED", accessToken, null, ct);
        return Elements(answer.Body).Select(acl => String(acl, "organization")).OfType<string>().Distinct().ToList();
    }

    public async Task<LinkedInOrganization> GetOrganizationAsync(string accessToken, string organizationUrn, CancellationToken ct)
    {
        var id = organizationUrn.StartsWith(OrganizationUrnPrefix, StringComparison.Ordinal) ? organizationUrn[OrganizationUrnPrefix.Length..] : organizationUrn;
        var answer = await SendAsync(HttpMethod.Get, $"rest/organizations/{Uri.EscapeDataString(id)}", accessToken, null, ct);
        return new LinkedInOrganization(organizationUrn, String(answer.Body, "localizedName") ?? organizationUrn);
    }

    /// <summary>The page's followers, or null when LinkedIn did not say.</summary>
    public async Task<long?> GetFollowerCountAsync(string accessToken, string organizationUrn, CancellationToken ct)
    {
        var answer = await SendAsync(HttpMethod.Get,
            $"rest/networkSizes/{Uri.EscapeDataString(organizationUrn)}?edgeType=COMPANY_FOLLOWED_BY_MEMBER", accessToken, null, ct);
        return Number(answer.Body, "firstDegreeSize");
    }

    /// <summary>Publishes a public post as the page; its URN.</summary>
    public async Task<string> CreatePostAsync(string accessToken, string organizationUrn, string text, CancellationToken ct)
    {
        var post = JsonContent.Create(new
        {
            author = organizationUrn,
            commentary = LinkedInLittleText.Escape(text),
            visibility = "PUBLIC",
            distribution = new { feedDistribution = "MAIN_FEED", targetEntities = Array.Empty<object>(), thirdPartyDistributionChannels = Array.Empty<object>() },
            lifecycleState = "PUBLISHED",
            isReshareDisabledByAuthor = false,
        });
        var answer = await SendAsync(HttpMethod.Post, "rest/posts", accessToken, post, ct);
        return answer.RestliId ?? throw new ProviderUnavailableException(Provider, "LinkedIn created the post without saying its id (x-restli-id).");
    }

    public Task DeletePostAsync(string accessToken, string postUrn, CancellationToken ct) =>
        SendAsync(HttpMethod.Delete, $"rest/posts/{Uri.EscapeDataString(postUrn)}", accessToken, null, ct);

    /// <summary>The page's latest posts, newest first (LinkedIn serves up to 100 a page).</summary>
    public async Task<IReadOnlyList<LinkedInPost>> GetRecentPostsAsync(string accessToken, string organizationUrn, int limit, CancellationToken ct)
    {
        var answer = await SendAsync(HttpMethod.Get,
            $"rest/posts?author={Uri.EscapeDataString(organizationUrn)}&q=author&count={Math.Clamp(limit, 1, 100)}&sortBy=CREATED", accessToken, null, ct, finder: true);
        return Elements(answer.Body)
            .Select(post => new LinkedInPost(
                String(post, "id")!,
                LinkedInLittleText.ToPlain(String(post, "commentary") ?? ""),
                DateTimeOffset.FromUnixTimeMilliseconds(Number(post, "publishedAt") ?? Number(post, "createdAt") ?? 0)))
            .Where(post => post.Urn is not null)
            .OrderByDescending(post => post.PublishedAt)
            .Take(limit)
            .ToList();
    }

    /// <summary>
    /// Figures of some of the page's posts: one share statistics call for all, and each post's social actions.
    /// LinkedIn keeps share statistics for 12 months; an older post's are reported unavailable.
    /// </summary>
    public async Task<IReadOnlyList<LinkedInPostMetrics>> GetPostMetricsAsync(
        string accessToken, string organizationUrn, IReadOnlyCollection<string> postUrns, CancellationToken ct)
    {
        if (postUrns.Count == 0)
        {
            return [];
        }

        var statistics = await GetShareStatisticsAsync(accessToken, organizationUrn, postUrns, ct);
        var metrics = new List<LinkedInPostMetrics>(postUrns.Count);
        foreach (var urn in postUrns)
        {
            var actions = (await SendAsync(HttpMethod.Get, $"rest/socialActions/{Uri.EscapeDataString(urn)}", accessToken, null, ct)).Body;
            metrics.Add(LinkedInMetricsReader.Read(urn, statistics.GetValueOrDefault(urn), actions));
        }

        return metrics;
    }

    private async Task<IReadOnlyDictionary<string, JsonElement>> GetShareStatisticsAsync(
        string accessToken, string organizationUrn, IReadOnlyCollection<string> postUrns, CancellationToken ct)
    {
        // Rest.li 2.0 lists: the URNs inside are encoded, the List( , ) syntax is not. Shares and UGC posts are asked for apart.
        static string List(IEnumerable<string> urns) => "List(" + string.Join(',', urns.Select(Uri.EscapeDataString)) + ")";
        var shares = postUrns.Where(u => !u.StartsWith("urn:li:ugcPost:", StringComparison.Ordinal)).ToList();
        var ugcPosts = postUrns.Except(shares).ToList();
        var query = $"rest/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity={Uri.EscapeDataString(organizationUrn)}"
            + (shares.Count > 0 ? "&shares=" + List(shares) : "")
            + (ugcPosts.Count > 0 ? "&ugcPosts=" + List(ugcPosts) : "");
        var answer = await SendAsync(HttpMethod.Get, query, accessToken, null, ct, finder: true);
        return Elements(answer.Body)
            .Select(e => (Urn: String(e, "share") ?? String(e, "ugcPost"), Statistics: e.TryGetProperty("totalShareStatistics", out var s) ? s : default))
            .Where(e => e.Urn is not null && e.Statistics.ValueKind == JsonValueKind.Object)
            .GroupBy(e => e.Urn!)
            .ToDictionary(g => g.Key, g => g.First().Statistics);
    }

    private sealed record Answer(JsonElement Body, string? RestliId);

    private async Task<Answer> SendAsync(HttpMethod method, string path, string accessToken, HttpContent? content, CancellationToken ct, bool finder = false)
    {
        var response = await ProviderTransport.SendAsync(http, Provider, method, path, accessToken, content, ct, headers =>
        {
            headers.Add("LinkedIn-Version", ApiVersion);
            headers.Add("X-Restli-Protocol-Version", "2.0.0");
            if (finder)
            {
                headers.Add("X-RestLi-Method", "FINDER");
            }
        });
        switch (response.Status)
        {
            case HttpStatusCode.Unauthorized:
                throw new ProviderUnauthorizedException(Provider, $"LinkedIn no longer accepts this connection's token ({Detail(response.Body)}).");
            case HttpStatusCode.TooManyRequests:
                throw new ProviderRateLimitedException(Provider, RetryAfter(response.Headers));
            case >= HttpStatusCode.InternalServerError:
                throw new ProviderUnavailableException(Provider, $"LinkedIn failed with {(int)response.Status}.");
            case >= HttpStatusCode.BadRequest:
                throw new ProviderRequestException(Provider, $"LinkedIn refused the request ({(int)response.Status}): {Detail(response.Body)}");
        }

        var restliId = response.Headers.TryGetValues("x-restli-id", out var ids) ? ids.FirstOrDefault() : null;
        if (string.IsNullOrWhiteSpace(response.Body))
        {
            return new Answer(default, restliId);
        }

        using var json = JsonDocument.Parse(response.Body);
        return new Answer(json.RootElement.Clone(), restliId);
    }

    /// <summary>
    /// Retry-After when LinkedIn sends one; otherwise the next midnight UTC, when LinkedIn's daily quotas reset
    /// (retrying sooner would only be refused again).
    /// </summary>
    private TimeSpan RetryAfter(HttpResponseHeaders headers)
    {
        var now = clock.GetUtcNow();
        if (headers.RetryAfter is not null)
        {
            // A wait of nothing, or a date already past, still waits a second.
            return ProviderTransport.RetryAfter(headers, now) is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
        }

        var untilMidnight = now.UtcDateTime.Date.AddDays(1) - now.UtcDateTime;
        return untilMidnight > TimeSpan.FromMinutes(1) ? untilMidnight : TimeSpan.FromMinutes(1);
    }

    private const string OrganizationUrnPrefix = "urn:li:organization:";

    private static JsonElement[] Elements(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("elements", out var elements) && elements.ValueKind == JsonValueKind.Array
            ? [.. elements.EnumerateArray()]
            : [];

    internal static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    internal static long? Number(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetInt64()
            : null;

    private static string Detail(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return String(json.RootElement, "message") ?? body;
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }
}
