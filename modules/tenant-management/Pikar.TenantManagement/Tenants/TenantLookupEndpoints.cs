using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pikar.MultiTenancy;
using Pikar.Authorization;

namespace Pikar.TenantManagement.Tenants;

internal static class TenantLookupEndpoints
{
    public static void MapTenantLookupEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/abp/multi-tenancy/tenants")
            .WithTags("Tenant lookup")
            .AllowAnonymous("The login page finds the tenant before anyone has signed in (ABP's contract).");

        group.MapGet("/by-name/{name}", FindByNameAsync).WithName("FindTenantByName")
            .WithSummary("Finds a tenant by name for the login page; success is false when there is none.");
        group.MapGet("/by-id/{id:guid}", FindByIdAsync).WithName("FindTenantById")
            .WithSummary("Finds a tenant by id; success is false when there is none.");
    }

    private static async Task<Ok<FindTenantResultDto>> FindByNameAsync(string name, ITenantStore tenants, CancellationToken ct) =>
        TypedResults.Ok(ToResult(await tenants.FindByNameAsync(name, ct)));

    private static async Task<Ok<FindTenantResultDto>> FindByIdAsync(Guid id, ITenantStore tenants, CancellationToken ct) =>
        TypedResults.Ok(ToResult(await tenants.FindAsync(id, ct)));

    private static FindTenantResultDto ToResult(TenantInfo? tenant) =>
        tenant is null ? new(false, null, null, false) : new(true, tenant.Id, tenant.Name, tenant.IsActive);
}
