using Hangfire.Client;
using Hangfire.Server;
using Pikar.MultiTenancy;

namespace Pikar.BackgroundJobs;

/// <summary>
/// Carries the current tenant into every background job: it is stored with the job when it is
/// created and made current again while the job runs, on whichever host picks it up.
/// </summary>
public sealed class TenantJobFilter(ICurrentTenant currentTenant) : IClientFilter, IServerFilter
{
    public const string TenantIdParameter = "TenantId";
    private const string ScopeItem = "Pikar.TenantScope";

    public void OnCreating(CreatingContext context) =>
        context.SetJobParameter(TenantIdParameter, currentTenant.Id?.ToString());

    public void OnCreated(CreatedContext context)
    {
    }

    public void OnPerforming(PerformingContext context)
    {
        var stored = context.GetJobParameter<string?>(TenantIdParameter);
        var tenantId = Guid.TryParse(stored, out var id) ? id : (Guid?)null;
        context.Items[ScopeItem] = currentTenant.Change(tenantId);
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.Remove(ScopeItem, out var scope) && scope is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
