using System.Net;
using System.Net.Http.Headers;

namespace Pikar.Integrations.Providers;

/// <summary>A provider's answer as it came back, read to the end, for its client to judge.</summary>
internal sealed record ProviderResponse(HttpStatusCode Status, HttpResponseHeaders Headers, string Body)
{
    public bool IsSuccess => (int)Status is >= 200 and <= 299;
}
