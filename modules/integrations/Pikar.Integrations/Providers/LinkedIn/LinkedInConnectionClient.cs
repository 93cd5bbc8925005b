namespace Pikar.Integrations.Providers.LinkedIn;

/// <summary>LinkedIn on behalf of one connection of the current tenant: its organization page posts.</summary>
internal sealed class LinkedInConnectionClient(ConnectionCalls calls, TimeProvider clock)
{
    /// <summary>Publishes a public post as the connected page; its URN.</summary>
    public Task<string> PostAsync(Guid connectionId, string text, CancellationToken ct) =>
        CallAsync(connectionId, (client, call) => client.CreatePostAsync(call.AccessToken, call.AccountId, text, ct), ct);

    public Task<bool> DeleteAsync(Guid connectionId, string postUrn, CancellationToken ct) =>
        CallAsync(connectionId, async (client, call) =>
        {
            await client.DeletePostAsync(call.AccessToken, postUrn, ct);
            return true;
        }, ct);

    public Task<IReadOnlyList<LinkedInPostMetrics>> GetPostMetricsAsync(Guid connectionId, IReadOnlyCollection<string> postUrns, CancellationToken ct) =>
        CallAsync(connectionId, (client, call) => client.GetPostMetricsAsync(call.AccessToken, call.AccountId, postUrns, ct), ct);

    private Task<T> CallAsync<T>(Guid connectionId, Func<LinkedInApiClient, ConnectionCall, Task<T>> call, CancellationToken ct) =>
        calls.CallAsync(connectionId, IntegrationProviders.LinkedIn, c => call(new LinkedInApiClient(c.Http, clock), c), ct);
}
