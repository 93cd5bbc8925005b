using System.Reflection;
using Hangfire.Client;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Pikar.Features;
using Pikar.MultiTenancy;

namespace Pikar.BackgroundJobs;

/// <summary>
/// Carries the current tenant into every background job: it is stored with the job when it is
/// created and made current again while the job runs, on whichever host picks it up. A job whose
/// <see cref="RequiresFeatureAttribute">required feature</see> is off for that tenant is skipped.
/// </summary>
public sealed partial class TenantJobFilter(ICurrentTenant currentTenant, IFeatureChecker features, ILogger<TenantJobFilter> logger)
    : IClientFilter, IServerFilter
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
        var scope = currentTenant.Change(tenantId);
        context.Items[ScopeItem] = scope;

        var job = context.BackgroundJob.Job;
        var required = job.Method.GetCustomAttributes<RequiresFeatureAttribute>()
            .Concat(job.Type.GetCustomAttributes<RequiresFeatureAttribute>())
            .Select(a => a.FeatureName);
        foreach (var feature in required)
        {
            // Hangfire's filters are synchronous and run on the worker's own thread, where blocking is safe.
            if (!features.IsEnabledAsync(feature, context.CancellationToken.ShutdownToken).GetAwaiter().GetResult())
            {
                LogSkipped(logger, context.BackgroundJob.Id, feature, tenantId);
                context.Items.Remove(ScopeItem);
                scope.Dispose();
                context.Canceled = true;
                return;
            }
        }
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.Remove(ScopeItem, out var scope) && scope is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} skipped: feature {Feature} is off for tenant {TenantId}")]
    private static partial void LogSkipped(ILogger logger, string jobId, string feature, Guid? tenantId);
}
