using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pikar.Authorization;
using Pikar.Errors;
using Pikar.Features;
using Pikar.Integrations.Connect;
using Pikar.Integrations.Connections;
using Pikar.Paging;

namespace Pikar.Solopreneur.SocialPerformance;

internal static class SocialPerformanceEndpoints
{
    public static void MapSocialPerformanceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/solopreneur/social")
            .WithTags("SocialPerformance")
            .RequireFeature(SolopreneurFeatures.SocialPerformance.Default)
            .RequirePermission(SolopreneurPermissions.SocialPerformance.Default)
            .ProducesApiProblems();

        group.MapGet("/accounts", GetAccountsAsync).WithName("GetSocialAccounts")
            .WithSummary("Lists the connected X, LinkedIn and Facebook accounts with their sync status and latest figures.");
        group.MapGet("/accounts/{id:guid}", GetAccountAsync).WithName("GetSocialAccount")
            .WithSummary("Gets a connected social account.").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/accounts/{id:guid}/metrics", GetAccountMetricsAsync).WithName("GetSocialAccountMetrics")
            .WithSummary("The account's followers and recent posts' totals over time.").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/accounts/{id:guid}/posts", GetPostsAsync).WithName("GetSocialPosts")
            .WithSummary("The account's posts with their latest figures.").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/posts/{postId:guid}/metrics", GetPostMetricsAsync).WithName("GetSocialPostMetrics")
            .WithSummary("A post's figures over time.").ProducesProblem(StatusCodes.Status404NotFound);

        var manage = group.MapGroup("/").RequirePermission(SolopreneurPermissions.SocialPerformance.Manage);
        manage.MapPost("/accounts/authorize", ConnectAsync).WithName("ConnectSocialAccount")
            .WithSummary("Starts connecting an account (within the plan's account limit): the URL of the network's consent, to open in a popup.");
        manage.MapPost("/accounts/{id:guid}/reauthorize", ReconnectAsync).WithName("ReconnectSocialAccount")
            .WithSummary("Starts reconnecting an account whose access ended or was refused: the URL of the network's consent.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        manage.MapPost("/accounts/{id:guid}/sync", SyncAsync).WithName("SyncSocialAccount")
            .WithSummary("Refreshes the account's figures now; a network's trouble is reported in the account's status, not as an error.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        manage.MapDelete("/accounts/{id:guid}", DisconnectAsync).WithName("DisconnectSocialAccount")
            .WithSummary("Disconnects the account: its tokens are forgotten and its figures removed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<SocialAccountDto>>> GetAccountsAsync(SocialPerformanceQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetAccountsAsync(ct));

    private static async Task<Ok<SocialAccountDto>> GetAccountAsync(Guid id, SocialPerformanceQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetAccountAsync(id, ct));

    private static async Task<Ok<SocialMetricSeriesDto>> GetAccountMetricsAsync(
        Guid id, [AsParameters] GetSocialMetricsInput input, SocialPerformanceQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetAccountSeriesAsync(id, input, ct));

    private static async Task<Ok<PagedResult<SocialPostDto>>> GetPostsAsync(
        Guid id, [AsParameters] GetSocialPostsInput input, SocialPerformanceQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetPostsAsync(id, input, ct));

    private static async Task<Ok<SocialMetricSeriesDto>> GetPostMetricsAsync(
        Guid postId, [AsParameters] GetSocialMetricsInput input, SocialPerformanceQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetPostSeriesAsync(postId, input, ct));

    private static async Task<Ok<ConnectionAuthorizationDto>> ConnectAsync(ConnectSocialAccountInput input, IConnectionDirectory connections, CancellationToken ct) =>
        TypedResults.Ok(await connections.AuthorizeAsync(new AuthorizeConnectionInput(input.Provider, input.Sandbox), ct));

    private static async Task<Ok<ConnectionAuthorizationDto>> ReconnectAsync(Guid id, SocialPerformanceQueries queries, IConnectionDirectory connections, CancellationToken ct)
    {
        await queries.GetAccountAsync(id, ct);
        return TypedResults.Ok(await connections.ReauthorizeAsync(id, ct));
    }

    private static async Task<Ok<SocialAccountDto>> SyncAsync(Guid id, SocialPerformanceQueries queries, SocialAccountTracker tracker, SocialSync sync, CancellationToken ct)
    {
        var account = await queries.GetAccountAsync(id, ct);
        await tracker.EnsureTrackedAsync(account.Id, account.Provider, ct);
        await sync.SyncAsync(id, ct);
        return TypedResults.Ok(await queries.GetAccountAsync(id, ct));
    }

    private static async Task<NoContent> DisconnectAsync(Guid id, SocialPerformanceQueries queries, IConnectionDirectory connections, CancellationToken ct)
    {
        await queries.GetAccountAsync(id, ct);
        await connections.DisconnectAsync(id, ct);
        return TypedResults.NoContent();
    }
}
