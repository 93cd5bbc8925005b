using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pikar.Authorization;
using Pikar.Errors;
using Pikar.Features;
using Pikar.Paging;

namespace Pikar.Solopreneur.ContentCapsules;

internal static class ContentCapsuleEndpoints
{
    public static void MapContentCapsuleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/solopreneur/content-capsules")
            .WithTags("ContentCapsules")
            .RequireFeature(SolopreneurFeatures.ContentCapsule)
            .RequirePermission(SolopreneurPermissions.ContentCapsules.Default)
            .ProducesApiProblems();

        group.MapGet("/", (
            [AsParameters] GetContentCapsulesInput input, ContentCapsuleService capsules, CancellationToken ct) => Ok(capsules.GetListAsync(input, ct)))
            .WithName("GetContentCapsules").WithSummary("Lists the capsules, newest first, with each account's publication status.");
        group.MapGet("/publications", (
            [AsParameters] GetCapsulePublicationsInput input, ContentCapsuleService capsules, CancellationToken ct) => Ok(capsules.GetPublicationsAsync(input, ct)))
            .WithName("GetCapsulePublications").WithSummary("The publishing queue (scheduled, publishing) or history (published, failed, canceled).");
        group.MapGet("/{id:guid}", (Guid id, ContentCapsuleService capsules, CancellationToken ct) => Ok(capsules.GetAsync(id, ct)))
            .WithName("GetContentCapsule").WithSummary("Gets a capsule.").ProducesProblem(StatusCodes.Status404NotFound);

        var manage = group.MapGroup("/").RequirePermission(SolopreneurPermissions.ContentCapsules.Manage);
        manage.MapPost("/", (CreateContentCapsuleInput input, ContentCapsuleService capsules, CancellationToken ct) => Ok(capsules.CreateAsync(input, ct)))
            .WithName("CreateContentCapsule").WithSummary("Writes a capsule (a draft) with its accounts and their variants, each checked against its network's rules.");
        manage.MapPut("/{id:guid}", (Guid id, UpdateContentCapsuleInput input, ContentCapsuleService capsules, CancellationToken ct) => Ok(capsules.UpdateAsync(id, input, ct)))
            .WithName("UpdateContentCapsule").WithSummary("Edits a capsule until publishing starts.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        manage.MapDelete("/{id:guid}", async (Guid id, ContentCapsuleService capsules, CancellationToken ct) =>
            {
                await capsules.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteContentCapsule").WithSummary("Deletes a capsule (what was published stays on the networks).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        manage.MapPost("/{id:guid}/duplicate", (Guid id, ContentCapsuleService capsules, CancellationToken ct) => Ok(capsules.DuplicateAsync(id, ct)))
            .WithName("DuplicateContentCapsule").WithSummary("Copies a capsule into a new draft.").ProducesProblem(StatusCodes.Status404NotFound);
        manage.MapPost("/{id:guid}/publish", (Guid id, ContentCapsuleService capsules, CancellationToken ct) => Ok(capsules.PublishNowAsync(id, ct)))
            .WithName("PublishContentCapsule").WithSummary("Publishes to every account not yet published to, now; each account's outcome is in the answer.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        manage.MapPost("/{id:guid}/schedule", (Guid id, ScheduleContentCapsuleInput input, ContentCapsuleService capsules, CancellationToken ct) =>
                Ok(capsules.ScheduleAsync(id, input, ct)))
            .WithName("ScheduleContentCapsule").WithSummary("Schedules publishing at a wall-clock time in the user's time zone.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        manage.MapPost("/{id:guid}/cancel", (Guid id, ContentCapsuleService capsules, CancellationToken ct) => Ok(capsules.CancelAsync(id, ct)))
            .WithName("CancelContentCapsule").WithSummary("Unschedules what has not started publishing.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<T>> Ok<T>(Task<T> work) => TypedResults.Ok(await work);
}
