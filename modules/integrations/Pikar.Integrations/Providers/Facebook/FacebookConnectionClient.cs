namespace Pikar.Integrations.Providers.Facebook;

/// <summary>A connected Facebook Page on behalf of one connection of the current tenant: publishing and deleting as the Page.</summary>
internal sealed class FacebookConnectionClient(ConnectionCalls calls, TimeProvider clock)
{
    public Task<FacebookPage> GetPageAsync(Guid connectionId, CancellationToken ct) =>
        CallAsync(connectionId, (graph, call) => graph.GetPageAsync(call.AccessToken, call.AccountId, ct), ct);

    /// <summary>Publishes on the Page; the id is Graph's <c>{page-id}_{post-id}</c>.</summary>
    public Task<string> PublishAsync(Guid connectionId, string message, CancellationToken ct) =>
        CallAsync(connectionId, (graph, call) => graph.PublishAsync(call.AccessToken, call.AccountId, message, ct), ct);

    public Task<bool> DeleteAsync(Guid connectionId, string postId, CancellationToken ct) =>
        CallAsync(connectionId, (graph, call) => graph.DeleteAsync(call.AccessToken, postId, ct), ct);

    private Task<T> CallAsync<T>(Guid connectionId, Func<FacebookGraphClient, ConnectionCall, Task<T>> call, CancellationToken ct) =>
        calls.CallAsync(connectionId, IntegrationProviders.Facebook, c => call(new FacebookGraphClient(c.Http, clock), c), ct);
}
