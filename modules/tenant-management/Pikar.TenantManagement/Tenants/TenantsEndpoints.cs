using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pikar.Authorization;
using Pikar.Errors;
using Pikar.Paging;

namespace Pikar.TenantManagement.Tenants;

internal static class TenantsEndpoints
{
    public const string Route = "/api/multi-tenancy/tenants";

    public static void MapTenantsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Route)
            .WithTags("Tenants")
            .RequirePermission(TenantManagementPermissions.Tenants.Default)
            .ProducesApiProblems();

        group.MapGet("/", GetListAsync).WithName("GetTenants").WithSummary("Lists tenants, paged and sorted.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetTenant").WithSummary("Gets a tenant.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateTenant")
            .WithSummary("Creates a tenant with its admin role and admin user, in one transaction.")
            .RequirePermission(TenantManagementPermissions.Tenants.Create)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateTenant").WithSummary("Renames a tenant or changes its edition.")
            .RequirePermission(TenantManagementPermissions.Tenants.Update)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/activate", ActivateAsync).WithName("ActivateTenant").WithSummary("Lets the tenant's users sign in again.")
            .RequirePermission(TenantManagementPermissions.Tenants.Update)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/deactivate", DeactivateAsync).WithName("DeactivateTenant").WithSummary("Blocks the tenant: its users can no longer sign in or call the API.")
            .RequirePermission(TenantManagementPermissions.Tenants.Update)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteTenant").WithSummary("Deletes a tenant (soft delete: its data is kept).")
            .RequirePermission(TenantManagementPermissions.Tenants.Delete)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PagedResult<TenantDto>>> GetListAsync([AsParameters] GetTenantsInput input, TenantService tenants, CancellationToken ct) =>
        TypedResults.Ok(await tenants.GetListAsync(input, ct));

    private static async Task<Ok<TenantDto>> GetAsync(Guid id, TenantService tenants, CancellationToken ct) =>
        TypedResults.Ok(await tenants.GetAsync(id, ct));

    private static async Task<Ok<TenantDto>> CreateAsync(CreateTenantInput input, TenantService tenants, CancellationToken ct) =>
        TypedResults.Ok(await tenants.CreateAsync(input, includeDemoData: false, ct));

    private static async Task<Ok<TenantDto>> UpdateAsync(Guid id, UpdateTenantInput input, TenantService tenants, CancellationToken ct) =>
        TypedResults.Ok(await tenants.UpdateAsync(id, input, ct));

    private static async Task<Ok<TenantDto>> ActivateAsync(Guid id, TenantService tenants, CancellationToken ct) =>
        TypedResults.Ok(await tenants.SetActiveAsync(id, true, ct));

    private static async Task<Ok<TenantDto>> DeactivateAsync(Guid id, TenantService tenants, CancellationToken ct) =>
        TypedResults.Ok(await tenants.SetActiveAsync(id, false, ct));

    private static async Task<NoContent> DeleteAsync(Guid id, TenantService tenants, CancellationToken ct)
    {
        await tenants.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }
}
