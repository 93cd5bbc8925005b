using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pikar.Authorization;
using Pikar.Errors;

namespace Pikar.FeatureManagement.Features;

internal static class FeaturesEndpoints
{
    public static void MapFeaturesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/feature-management/features")
            .WithTags("Features")
            .RequirePermission(FeatureManagementPermissions.ManageHostFeatures)
            .ProducesApiProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", GetAsync).WithName("GetFeatures")
            .WithSummary("Lists every feature with its value for an edition (providerName=E) or a tenant (T), and which provider set it.");
        group.MapPut("/", UpdateAsync).WithName("UpdateFeatures")
            .WithSummary("Sets feature values for an edition or a tenant; a null value removes the provider's value.");
        group.MapDelete("/", ResetAsync).WithName("ResetFeatures")
            .WithSummary("Removes every value the provider set, so the edition's (or the default) values apply again.");
    }

    private static async Task<Ok<GetFeatureListResultDto>> GetAsync([AsParameters] FeatureProviderInput provider, FeatureManager features, CancellationToken ct) =>
        TypedResults.Ok(await features.GetAsync(provider, ct));

    private static async Task<NoContent> UpdateAsync([AsParameters] FeatureProviderInput provider, UpdateFeaturesInput input, FeatureManager features, CancellationToken ct)
    {
        await features.UpdateAsync(provider, input, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ResetAsync([AsParameters] FeatureProviderInput provider, FeatureManager features, CancellationToken ct)
    {
        await features.ResetAsync(provider, ct);
        return TypedResults.NoContent();
    }
}
