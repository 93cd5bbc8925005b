using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Pikar.Integrations.Sandbox;

/// <summary>
/// The sandboxes' <c>simulate/*</c> routes make things happen at a network on demand (a like, a revoked grant), for
/// demos and tests. They sign webhooks with the app's real secrets and act on any sandbox account, so they answer only
/// where <see cref="IntegrationsOptions.SandboxSimulations"/> is on (development and test hosts), and 404 elsewhere.
/// </summary>
internal static class SandboxSimulations
{
    public static RouteHandlerBuilder OnlyWhereSimulationsAreOn(this RouteHandlerBuilder route) =>
        route.AddEndpointFilter((context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<IOptions<IntegrationsOptions>>().Value.SandboxSimulations
                ? next(context)
                : ValueTask.FromResult<object?>(Results.Problem(statusCode: StatusCodes.Status404NotFound,
                    detail: "Sandbox simulations are off on this Pikar (Pikar:Integrations:SandboxSimulations).")));
}
