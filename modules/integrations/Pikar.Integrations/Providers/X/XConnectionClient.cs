namespace Pikar.Integrations.Providers.X;

/// <summary>X on behalf of one connection of the current tenant.</summary>
internal sealed class XConnectionClient(ConnectionCalls calls, TimeProvider clock)
{
    public Task<XUser> GetMeAsync(Guid connectionId, CancellationToken ct) =>
        CallAsync(connectionId, (client, token) => client.GetMeAsync(token, ct), ct);

    public Task<XPost> PostAsync(Guid connectionId, string text, CancellationToken ct) =>
        CallAsync(connectionId, (client, token) => client.PostAsync(token, text, ct), ct);

    public Task<IReadOnlyList<XPostMetrics>> GetMetricsAsync(Guid connectionId, IReadOnlyCollection<string> postIds, CancellationToken ct) =>
        CallAsync(connectionId, (client, token) => client.GetMetricsAsync(token, postIds, ct), ct);

    private Task<T> CallAsync<T>(Guid connectionId, Func<XApiClient, string, Task<T>> call, CancellationToken ct) =>
        calls.CallAsync(connectionId, IntegrationProviders.X, c => call(new XApiClient(c.Http, clock), c.AccessToken), ct);
}
