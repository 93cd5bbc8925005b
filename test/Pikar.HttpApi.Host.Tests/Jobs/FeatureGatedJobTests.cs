using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.HttpApi.Host.Tests.Probes;
using Pikar.MultiTenancy;
using Pikar.Solopreneur;

namespace Pikar.HttpApi.Host.Tests.Jobs;

[Collection(nameof(OneHostAtATime))]
public sealed class FeatureGatedJobTests(TestEnvironment env)
{
    [Fact]
    public async Task A_job_that_requires_a_feature_runs_only_while_the_feature_is_on_for_its_tenant()
    {
        var enabled = await env.App.CreateTenantAsync("Solopreneur");
        var disabled = await env.App.CreateTenantAsync("Solopreneur");
        await env.App.SetFeaturesAsync("T", disabled.Id, (SolopreneurFeatures.Invoicing.Default, "false"));
        var jobs = env.App.Services.GetRequiredService<IBackgroundJobClient>();
        var storage = env.App.Services.GetRequiredService<JobStorage>();
        var currentTenant = env.App.Services.GetRequiredService<ICurrentTenant>();
        var (ran, skipped) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));

        string skippedJob;
        string ranJob;
        using (currentTenant.Change(disabled.Id))
        {
            skippedJob = jobs.Enqueue<InvoicingProbeJob>(job => job.Run(skipped));
        }

        using (currentTenant.Change(enabled.Id))
        {
            ranJob = jobs.Enqueue<InvoicingProbeJob>(job => job.Run(ran));
        }

        string? State(string id)
        {
            using var connection = storage.GetConnection();
            return connection.GetStateData(id)?.Name;
        }

        await Eventually.HoldsAsync(() => State(ranJob) == "Succeeded" && State(skippedJob) is not ("Enqueued" or "Processing"),
            TimeSpan.FromSeconds(30), "both jobs to finish");

        State(skippedJob).ShouldBe("Deleted");
        InvoicingProbeJob.Runs[ran].ShouldBe(enabled.Id);
        InvoicingProbeJob.Runs.ContainsKey(skipped).ShouldBeFalse();
    }
}
