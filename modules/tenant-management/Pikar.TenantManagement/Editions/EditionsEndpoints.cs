using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pikar.Authorization;
using Pikar.Errors;
using Pikar.Paging;

namespace Pikar.TenantManagement.Editions;

internal static class EditionsEndpoints
{
    public const string Route = "/api/multi-tenancy/editions";

    public static void MapEditionsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Route)
            .WithTags("Editions")
            .RequirePermission(TenantManagementPermissions.Editions.Default)
            .ProducesApiProblems();

        group.MapGet("/", GetListAsync).WithName("GetEditions").WithSummary("Lists editions with how many tenants use each.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetEdition").WithSummary("Gets an edition.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateEdition").WithSummary("Creates an edition.")
            .RequirePermission(TenantManagementPermissions.Editions.Create)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateEdition").WithSummary("Renames an edition.")
            .RequirePermission(TenantManagementPermissions.Editions.Update)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteEdition").WithSummary("Deletes an edition no tenant uses.")
            .RequirePermission(TenantManagementPermissions.Editions.Delete)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<PagedResult<EditionDto>>> GetListAsync([AsParameters] GetEditionsInput input, EditionService editions, CancellationToken ct) =>
        TypedResults.Ok(await editions.GetListAsync(input, ct));

    private static async Task<Ok<EditionDto>> GetAsync(Guid id, EditionService editions, CancellationToken ct) =>
        TypedResults.Ok(await editions.GetAsync(id, ct));

    private static async Task<Ok<EditionDto>> CreateAsync(CreateEditionInput input, EditionService editions, CancellationToken ct) =>
        TypedResults.Ok(await editions.CreateAsync(input, ct));

    private static async Task<Ok<EditionDto>> UpdateAsync(Guid id, UpdateEditionInput input, EditionService editions, CancellationToken ct) =>
        TypedResults.Ok(await editions.UpdateAsync(id, input, ct));

    private static async Task<NoContent> DeleteAsync(Guid id, EditionService editions, CancellationToken ct)
    {
        await editions.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }
}
