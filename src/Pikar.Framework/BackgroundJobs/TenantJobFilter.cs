using System.Reflection;
using Hangfire.Client;
using Hangfire.Server;
using Hangfire.States;
using Microsoft.Extensions.Logging;
using Pikar.Features;
using Pikar.MultiTenancy;

namespace Pikar.BackgroundJobs;

/// <summary>
/// Carries the current tenant into every background job: it is stored with the job when it is
/// created and made current again while the job runs, on whichever host picks it up. A job whose
/// <see cref="RequiresFeatureAttribute">required feature</see> is off for that tenant is not run:
/// it is moved to the deleted state with the reason.
/// </summary>
public sealed partial class TenantJobFilter(ICurrentTenant currentTenant, IFeatureChecker features, ILogger<TenantJobFilter> logger)
    : IClientFilter, IServerFilter, IElectStateFilter
{
    public const string TenantIdParameter = "TenantId";
    private const string ScopeItem = "Pikar.TenantScope";

    public void OnCreating(CreatingContext context) =>
        context.SetJobParameter(TenantIdParameter, currentTenant.Id?.ToString());

    public void OnCreated(CreatedContext context)
    {
    }

    public void OnStateElection(ElectStateContext context)
    {
        if (context.CandidateState is not ProcessingState || context.BackgroundJob?.Job is not { } job)
        {
            return;
        }

        var tenantId = TenantOf(context.GetJobParameter<string?>(TenantIdParameter));
        var required = job.Method.GetCustomAttributes<RequiresFeatureAttribute>()
            .Concat(job.Type.GetCustomAttributes<RequiresFeatureAttribute>())
            .Select(a => a.FeatureName);
        using (currentTenant.Change(tenantId))
        {
            foreach (var feature in required)
            {
                // Hangfire's filters are synchronous and run on the worker's own thread, where blocking is safe.
                if (!features.IsEnabledAsync(feature, CancellationToken.None).GetAwaiter().GetResult())
                {
                    LogSkipped(logger, context.BackgroundJob.Id, feature, tenantId);
                    context.CandidateState = new DeletedState { Reason = $"The feature {feature} is off for this tenant." };
                    return;
                }
            }
        }
    }

    public void OnPerforming(PerformingContext context) =>
        context.Items[ScopeItem] = currentTenant.Change(TenantOf(context.GetJobParameter<string?>(TenantIdParameter)));

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.Remove(ScopeItem, out var scope) && scope is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }

    private static Guid? TenantOf(string? stored) => Guid.TryParse(stored, out var id) ? id : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} not run: feature {Feature} is off for tenant {TenantId}")]
    private static partial void LogSkipped(ILogger logger, string jobId, string feature, Guid? tenantId);
}
