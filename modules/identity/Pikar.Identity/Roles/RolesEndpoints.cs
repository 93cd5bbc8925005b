using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pikar.Authorization;
using Pikar.Errors;
using Pikar.Identity.Users;
using Pikar.Paging;

namespace Pikar.Identity.Roles;

internal static class RolesEndpoints
{
    public static void MapRolesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/identity/roles")
            .WithTags("Roles")
            .RequirePermission(IdentityPermissions.Roles.Default)
            .ProducesApiProblems();

        group.MapGet("/", GetListAsync).WithName("GetRoles").WithSummary("Lists the roles of the current tenant, paged.");
        group.MapGet("/all", GetAllAsync).WithName("GetAllRoles").WithSummary("Lists every role of the current tenant.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetRole").WithSummary("Gets a role.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateRole").WithSummary("Creates a role.")
            .RequirePermission(IdentityPermissions.Roles.Create)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateRole").WithSummary("Updates a role; built-in roles cannot be renamed.")
            .RequirePermission(IdentityPermissions.Roles.Update)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteRole").WithSummary("Deletes a role; built-in roles cannot be deleted.")
            .RequirePermission(IdentityPermissions.Roles.Delete)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<PagedResult<IdentityRoleDto>>> GetListAsync([AsParameters] GetRolesInput input, RoleService roles, CancellationToken ct) =>
        TypedResults.Ok(await roles.GetListAsync(input, ct));

    private static async Task<Ok<ListResult<IdentityRoleDto>>> GetAllAsync(RoleService roles, CancellationToken ct) =>
        TypedResults.Ok(await roles.GetAllAsync(ct));

    private static async Task<Ok<IdentityRoleDto>> GetAsync(Guid id, RoleService roles, CancellationToken ct) =>
        TypedResults.Ok(await roles.GetAsync(id, ct));

    private static async Task<Ok<IdentityRoleDto>> CreateAsync(CreateRoleInput input, RoleService roles, CancellationToken ct) =>
        TypedResults.Ok(await roles.CreateAsync(input, ct));

    private static async Task<Ok<IdentityRoleDto>> UpdateAsync(Guid id, UpdateRoleInput input, RoleService roles, CancellationToken ct) =>
        TypedResults.Ok(await roles.UpdateAsync(id, input, ct));

    private static async Task<NoContent> DeleteAsync(Guid id, RoleService roles, CancellationToken ct)
    {
        await roles.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }
}
