using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pikar.Authorization;
using Pikar.Errors;
using Pikar.Identity.Roles;
using Pikar.Paging;

namespace Pikar.Identity.Users;

internal static class UsersEndpoints
{
    public static void MapUsersEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/identity/users")
            .WithTags("Users")
            .RequirePermission(IdentityPermissions.Users.Default)
            .ProducesApiProblems();

        group.MapGet("/", GetListAsync).WithName("GetUsers").WithSummary("Lists the users of the current tenant, paged, sorted and filtered.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetUser").WithSummary("Gets a user.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateUser").WithSummary("Creates a user; without roleNames the default roles are given.")
            .RequirePermission(IdentityPermissions.Users.Create)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateUser").WithSummary("Updates a user; a password, when given, replaces the current one.")
            .RequirePermission(IdentityPermissions.Users.Update)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteUser").WithSummary("Deletes a user.")
            .RequirePermission(IdentityPermissions.Users.Delete)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{id:guid}/lock", LockAsync).WithName("LockUser").WithSummary("Locks a user out until lockoutEnd (for good when omitted).")
            .RequirePermission(IdentityPermissions.Users.Update)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{id:guid}/unlock", UnlockAsync).WithName("UnlockUser").WithSummary("Lifts a lockout and resets failed sign-in attempts.")
            .RequirePermission(IdentityPermissions.Users.Update)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/roles", GetRolesAsync).WithName("GetUserRoles").WithSummary("Lists the roles of a user.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id:guid}/roles", UpdateRolesAsync).WithName("UpdateUserRoles").WithSummary("Replaces the roles of a user.")
            .RequirePermission(IdentityPermissions.Users.ManageRoles)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PagedResult<IdentityUserDto>>> GetListAsync([AsParameters] GetUsersInput input, UserQueries users, CancellationToken ct) =>
        TypedResults.Ok(await users.GetListAsync(input, ct));

    private static async Task<Ok<IdentityUserDto>> GetAsync(Guid id, UserQueries users, CancellationToken ct) =>
        TypedResults.Ok(await users.GetAsync(id, ct));

    private static async Task<Ok<IdentityUserDto>> CreateAsync(CreateUserInput input, UserService users, CancellationToken ct) =>
        TypedResults.Ok(await users.CreateAsync(input, ct));

    private static async Task<Ok<IdentityUserDto>> UpdateAsync(Guid id, UpdateUserInput input, UserService users, CancellationToken ct) =>
        TypedResults.Ok(await users.UpdateAsync(id, input, ct));

    private static async Task<NoContent> DeleteAsync(Guid id, UserService users, CancellationToken ct)
    {
        await users.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IdentityUserDto>> LockAsync(Guid id, LockUserInput input, UserService users, CancellationToken ct) =>
        TypedResults.Ok(await users.LockAsync(id, input, ct));

    private static async Task<Ok<IdentityUserDto>> UnlockAsync(Guid id, UserService users, CancellationToken ct) =>
        TypedResults.Ok(await users.UnlockAsync(id, ct));

    private static async Task<Ok<ListResult<IdentityRoleDto>>> GetRolesAsync(Guid id, UserQueries users, CancellationToken ct) =>
        TypedResults.Ok(await users.GetRolesAsync(id, ct));

    private static async Task<NoContent> UpdateRolesAsync(Guid id, UpdateUserRolesInput input, UserService users, CancellationToken ct)
    {
        await users.UpdateRolesAsync(id, input, ct);
        return TypedResults.NoContent();
    }
}
