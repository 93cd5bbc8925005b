using System.Net.Http.Headers;
using System.Text.Json;

namespace Pikar.Integrations.Providers.Facebook;

/// <summary>
/// Graph's errors as Pikar acts on them. Graph says what went wrong in the error's <c>code</c> more than in the HTTP
/// status (a dead token is mostly a 400 with code 190), so the code decides, and the status only when there is none.
/// </summary>
internal static class FacebookGraphErrors
{
    private const string Provider = IntegrationProviders.Facebook;

    /// <summary>When Graph throttles without saying for how long: its windows roll over an hour, so not too eagerly.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromMinutes(5);

    public static FacebookGraphError Parse(int status, string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return new FacebookGraphError(status, Int(error, "code"), Int(error, "error_subcode"),
                    error.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "",
                    error.TryGetProperty("is_transient", out var transient) && transient.ValueKind == JsonValueKind.True);
            }
        }
        catch (JsonException)
        {
        }

        return new FacebookGraphError(status, null, null, body.Length > 200 ? body[..200] : body, false);
    }

    public static ProviderException ToException(FacebookGraphError error, HttpResponseHeaders headers, DateTimeOffset now)
    {
        // 190: the token expired or was revoked (password changed, app removed); 102: the session behind it ended.
        if (error.Code is 190 or 102 || (error.Code is null && error.Status == 401))
        {
            return new ProviderUnauthorizedException(Provider, $"Facebook no longer accepts this connection's token: {error.Message}");
        }

        // 4: app, 17: user, 32: Page, 613: calls per hour; 80001–80014: a Page's or business's use case limits.
        if (error.Code is 4 or 17 or 32 or 613 or (>= 80001 and <= 80014) || error.Status == 429)
        {
            return new ProviderRateLimitedException(Provider, RetryAfter(headers, now));
        }

        // 1 and 2: Graph's unknown and service errors, temporary by its own account.
        if (error.Status >= 500 || error.Code is 1 or 2 || error.Transient)
        {
            return new ProviderUnavailableException(Provider, $"Facebook failed with {error.Status}: {error.Message}");
        }

        return new ProviderRequestException(Provider, $"Facebook refused the request ({error.Status}, code {error.Code}): {error.Message}");
    }

    /// <summary>
    /// The longest <c>estimated_time_to_regain_access</c> (minutes) in the usage headers (<c>X-Business-Use-Case-Usage</c>
    /// for Page tokens, <c>X-App-Usage</c> otherwise), else Retry-After, else <see cref="DefaultRetryAfter"/>.
    /// </summary>
    public static TimeSpan RetryAfter(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var minutes = 0L;
        foreach (var name in (string[])["X-Business-Use-Case-Usage", "X-App-Usage", "X-Ad-Account-Usage"])
        {
            if (headers.TryGetValues(name, out var values))
            {
                foreach (var value in values)
                {
                    minutes = Math.Max(minutes, RegainMinutes(value));
                }
            }
        }

        if (minutes > 0)
        {
            return TimeSpan.FromMinutes(minutes);
        }

        return ProviderTransport.RetryAfter(headers, now) ?? DefaultRetryAfter;
    }

    /// <summary>Finds <c>estimated_time_to_regain_access</c> at any depth: flat for the app, per id and use case for a business.</summary>
    private static long RegainMinutes(string header)
    {
        try
        {
            using var json = JsonDocument.Parse(header);
            return Search(json.RootElement);
        }
        catch (JsonException)
        {
            return 0;
        }

        static long Search(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p =>
                p.Name == "estimated_time_to_regain_access" && p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt64(out var m) ? m : Search(p.Value))
                .DefaultIfEmpty(0).Max(),
            JsonValueKind.Array => element.EnumerateArray().Select(Search).DefaultIfEmpty(0).Max(),
            _ => 0,
        };
    }

    private static int? Int(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;
}
