using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pikar.Authorization;
using Pikar.Errors;
using Pikar.Paging;

namespace Pikar.Integrations.Connections;

internal static class ConnectionsEndpoints
{
    public static void MapConnectionsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/integrations/connections")
            .WithTags("Connections")
            .RequirePermission(IntegrationsPermissions.Connections.Default)
            .ProducesApiProblems();

        group.MapGet("/", GetListAsync).WithName("GetConnections").WithSummary("Lists the tenant's connected accounts with their health.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetConnection").WithSummary("Gets a connected account.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:guid}", DisconnectAsync).WithName("DisconnectConnection").WithSummary("Disconnects an account and forgets its tokens.")
            .RequirePermission(IntegrationsPermissions.Connections.Disconnect)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PagedResult<ConnectionDto>>> GetListAsync([AsParameters] GetConnectionsInput input, ConnectionService connections, CancellationToken ct) =>
        TypedResults.Ok(await connections.GetListAsync(input, ct));

    private static async Task<Ok<ConnectionDto>> GetAsync(Guid id, ConnectionService connections, CancellationToken ct) =>
        TypedResults.Ok(await connections.GetAsync(id, ct));

    private static async Task<NoContent> DisconnectAsync(Guid id, ConnectionService connections, CancellationToken ct)
    {
        await connections.DisconnectAsync(id, ct);
        return TypedResults.NoContent();
    }
}
