using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Authorization;
using Pikar.BackgroundJobs;
using Pikar.Errors;
using Pikar.Features;
using Pikar.Modularity;
using Pikar.MultiTenancy;
using Pikar.Solopreneur;

namespace Pikar.HttpApi.Host.Tests.Probes;

/// <summary>
/// A plug-in module loaded only by the tests (Pikar:PlugIns): an endpoint and a permission that
/// need a tier feature, so feature enforcement is tested the way a tier module uses it.
/// </summary>
public sealed class ProbeModule : PikarModule
{
    public const string Route = "/api/probe/invoices";
    public const string Permission = "Probe.Invoices";

    public override void ConfigureServices(ModuleServiceContext context) =>
        context.Services.AddSingleton<IPermissionDefinitionProvider, ProbePermissions>();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup(Route)
            .RequireFeature(SolopreneurFeatures.Invoicing.Default)
            .RequirePermission(Permission)
            .ProducesApiProblems()
            .MapGet("/", () => TypedResults.Ok(new ProbeResult("invoices")))
            .WithName("GetProbeInvoices")
            .WithSummary("Test probe guarded by a tier feature.");

    public sealed record ProbeResult(string Name);

    private sealed class ProbePermissions : IPermissionDefinitionProvider
    {
        public void Define(PermissionDefinitionContext context) =>
            context.AddGroup("Probe", "Probe")
                .AddPermission(Permission, "Probe invoices", MultiTenancySides.Tenant)
                .RequireFeatures(SolopreneurFeatures.Invoicing.Default);
    }
}

/// <summary>A job that may only run while invoicing is on for its tenant.</summary>
[RequiresFeature(SolopreneurFeatures.Invoicing.Default)]
public sealed class InvoicingProbeJob(ICurrentTenant currentTenant)
{
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Guid?> Runs = new();

    public void Run(string marker) => Runs[marker] = currentTenant.Id;
}
