using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pikar.Authorization;
using Pikar.Errors;

namespace Pikar.PermissionManagement.Grants;

internal static class PermissionsEndpoints
{
    public static void MapPermissionsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/permission-management/permissions")
            .WithTags("Permissions")
            .RequirePermission(PermissionManagementPermissions.ManagePermissions)
            .ProducesApiProblems();

        group.MapGet("/", GetAsync).WithName("GetPermissions")
            .WithSummary("Lists the permissions of this side with what a role (providerName=R, key = role name) or user (U, key = user id) is granted, and by whom.");
        group.MapPut("/", UpdateAsync).WithName("UpdatePermissions")
            .WithSummary("Grants and revokes permissions of a role or user.");
    }

    private static async Task<Ok<GetPermissionListResultDto>> GetAsync([AsParameters] PermissionProviderInput provider, PermissionManager permissions, CancellationToken ct) =>
        TypedResults.Ok(await permissions.GetAsync(provider, ct));

    private static async Task<NoContent> UpdateAsync(
        [AsParameters] PermissionProviderInput provider, UpdatePermissionsInput input, PermissionManager permissions, CancellationToken ct)
    {
        await permissions.UpdateAsync(provider, input, ct);
        return TypedResults.NoContent();
    }
}
