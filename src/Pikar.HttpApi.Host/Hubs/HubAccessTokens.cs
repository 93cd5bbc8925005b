namespace Pikar.HttpApi.Host.Hubs;

public static class HubAccessTokens
{
    public const string HubsPath = "/hubs";

    /// <summary>
    /// Browsers cannot set headers on a WebSocket or an EventSource, so SignalR's client sends the bearer token as
    /// <c>access_token</c> in the query string. It is accepted on hub routes only (OpenIddict's own query-string
    /// extraction is off), so API URLs never carry tokens into logs.
    /// </summary>
    public static IApplicationBuilder UseHubAccessTokens(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (request.Path.StartsWithSegments(HubsPath) && !request.Headers.ContainsKey("Authorization")
                && request.Query.TryGetValue("access_token", out var token) && !string.IsNullOrEmpty(token))
            {
                request.Headers.Authorization = "Bearer " + token;
            }

            return next(context);
        });
}
