using System.Net.Http.Headers;

namespace Pikar.Integrations.Providers;

/// <summary>
/// How every provider client reaches its network: one request with the connection's bearer token, and the failures
/// that leave no answer at all (network, timeout) as <see cref="ProviderUnavailableException"/>. What an answer
/// means is each client's own business.
/// </summary>
internal static class ProviderTransport
{
    public static async Task<ProviderResponse> SendAsync(HttpClient http, string provider, HttpMethod method, string path, string? accessToken,
        HttpContent? content, CancellationToken ct, Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        headers?.Invoke(request.Headers);
        try
        {
            using var response = await http.SendAsync(request, ct);
            return new ProviderResponse(response.StatusCode, response.Headers, await response.Content.ReadAsStringAsync(ct));
        }
        catch (HttpRequestException e)
        {
            throw new ProviderUnavailableException(provider, $"{IntegrationProviders.DisplayName(provider)} could not be reached.", e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new ProviderUnavailableException(provider, $"{IntegrationProviders.DisplayName(provider)} did not answer in time.", e);
        }
    }

    /// <summary>The wait a Retry-After header asks for, in seconds or until a date still ahead; null when it asks for none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders headers, DateTimeOffset now) =>
        headers.RetryAfter?.Delta ?? (headers.RetryAfter?.Date is { } date && date > now ? date - now : null);
}
