using System.Collections.Concurrent;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Data;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.MultiTenancy;

namespace Pikar.HttpApi.Host.Tests.Jobs;

[Collection(nameof(OneHostAtATime))]
public sealed class TenantJobTests(TestEnvironment env)
{
    [Fact]
    public async Task A_job_enqueued_in_tenant_A_runs_in_tenant_A_and_sees_only_its_rows()
    {
        var tenant = await env.App.CreateTenantAsync();
        var jobs = env.App.Services.GetRequiredService<IBackgroundJobClient>();
        var currentTenant = env.App.Services.GetRequiredService<ICurrentTenant>();
        var marker = Guid.NewGuid().ToString("N");

        using (currentTenant.Change(tenant.Id))
        {
            jobs.Enqueue<TenantProbeJob>(job => job.RecordAsync(marker));
        }

        var observed = await WaitForAsync(marker);
        observed.TenantId.ShouldBe(tenant.Id);
        observed.VisibleTenantIds.ShouldBe([tenant.Id]);
    }

    [Fact]
    public async Task A_job_enqueued_on_the_host_side_runs_on_the_host_side()
    {
        var jobs = env.App.Services.GetRequiredService<IBackgroundJobClient>();
        var marker = Guid.NewGuid().ToString("N");

        jobs.Enqueue<TenantProbeJob>(job => job.RecordAsync(marker));

        var observed = await WaitForAsync(marker);
        observed.TenantId.ShouldBeNull();
        observed.VisibleTenantIds.ShouldBe([null]);
    }

    private static async Task<TenantProbeJob.Observation> WaitForAsync(string marker)
    {
        await Eventually.HoldsAsync(() => TenantProbeJob.Observations.ContainsKey(marker), TimeSpan.FromSeconds(60), "the job to run");
        return TenantProbeJob.Observations[marker];
    }
}

/// <summary>A job that records the tenant it ran in and the tenants whose users it could read.</summary>
public sealed class TenantProbeJob(ICurrentTenant currentTenant, PikarDbContext db)
{
    public static readonly ConcurrentDictionary<string, Observation> Observations = new();

    public async Task RecordAsync(string marker)
    {
        var visible = await db.Database.SqlQueryRaw<Guid?>("SELECT DISTINCT tenant_id AS \"Value\" FROM identity.users").ToListAsync();
        Observations[marker] = new Observation(currentTenant.Id, visible);
    }

    public sealed record Observation(Guid? TenantId, IReadOnlyList<Guid?> VisibleTenantIds);
}
