using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Authorization;
using Pikar.BackgroundJobs;
using Pikar.Errors;
using Pikar.Features;
using Pikar.Integrations;
using Pikar.Integrations.Webhooks;
using Pikar.Modularity;
using Pikar.MultiTenancy;
using Pikar.Notifications;
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

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddSingleton<IPermissionDefinitionProvider, ProbePermissions>();
        context.Services.AddScoped<IWebhookHandler, FlakyWebhookHandler>();
    }

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

/// <summary>
/// An X webhook handler that writes (a notification) and then fails as often as told: the processor must
/// roll the write back, and a retry must handle the event exactly once.
/// </summary>
public sealed class FlakyWebhookHandler(INotificationPublisher notifications) : IWebhookHandler
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Handles = new();

    public static int FailuresLeft { get; set; }

    public static int Handled(string accountId) => Handles.GetValueOrDefault(accountId);

    public string Provider => IntegrationProviders.X;

    public async Task HandleAsync(WebhookEventMessage message, CancellationToken cancellationToken)
    {
        var published = await notifications.PublishAsync(message.ConnectionId,
            new NotificationMessage("Probe", "Handled a webhook.", NotificationSeverity.Info, $"probe:{message.EventId}"), cancellationToken);
        if (FailuresLeft > 0)
        {
            FailuresLeft--;
            throw new InvalidOperationException("The probe handler fails on purpose.");
        }

        if (published)
        {
            Handles.AddOrUpdate(message.AccountId, 1, (_, count) => count + 1);
        }
    }
}
