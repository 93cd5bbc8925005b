using Microsoft.Extensions.DependencyInjection;

namespace Pikar.MultiTenancy;

public static class TenantScopeExtensions
{
    /// <summary>
    /// Runs <paramref name="work"/> in a fresh service scope as <paramref name="tenantId"/> (null: the host):
    /// what jobs and webhooks need when they handle one tenant after another.
    /// </summary>
    public static async Task<T> RunAsTenantAsync<T>(
        this IServiceScopeFactory scopes, ICurrentTenant currentTenant, Guid? tenantId, Func<IServiceProvider, Task<T>> work)
    {
        using (currentTenant.Change(tenantId))
        {
            await using var scope = scopes.CreateAsyncScope();
            return await work(scope.ServiceProvider);
        }
    }
}
