using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pikar.Authorization;
using Pikar.Errors;
using Pikar.Paging;

namespace Pikar.AuditLogging.AuditLogs;

internal static class AuditLogsEndpoints
{
    public static void MapAuditLogsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit-logging/audit-logs")
            .WithTags("Audit logs")
            .RequirePermission(AuditLoggingPermissions.AuditLogs)
            .ProducesApiProblems();

        group.MapGet("/", GetListAsync).WithName("GetAuditLogs").WithSummary("Lists audit logs, newest first, with ABP's filters.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetAuditLog").WithSummary("Gets an audit log with its actions and entity changes.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/entity-changes", GetEntityChangesAsync).WithName("GetEntityChanges")
            .WithSummary("Lists entity changes with their property changes, filtered by entity type and id.");
    }

    private static async Task<Ok<PagedResult<AuditLogDto>>> GetListAsync([AsParameters] GetAuditLogsInput input, AuditLogService logs, CancellationToken ct) =>
        TypedResults.Ok(await logs.GetListAsync(input, ct));

    private static async Task<Ok<AuditLogDto>> GetAsync(Guid id, AuditLogService logs, CancellationToken ct) =>
        TypedResults.Ok(await logs.GetAsync(id, ct));

    private static async Task<Ok<PagedResult<EntityChangeDto>>> GetEntityChangesAsync(
        [AsParameters] GetEntityChangesInput input, AuditLogService logs, CancellationToken ct) =>
        TypedResults.Ok(await logs.GetEntityChangesAsync(input, ct));
}
