using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pikar.Authorization;

namespace Pikar.Integrations.Sandbox.LinkedIn;

/// <summary>
/// The LinkedIn sandbox under <c>/sandbox/linkedin</c>: LinkedIn's OAuth 2.0 endpoints (<c>www.linkedin.com/oauth/v2/...</c>)
/// and the versioned REST API routes Pikar uses (<c>api.linkedin.com/rest/...</c>), in LinkedIn's wire format, so the
/// real LinkedIn client is what talks to it; plus a way to make its audience react, which LinkedIn then notifies.
/// </summary>
internal static class LinkedInSandboxEndpoints
{
    public const string Prefix = "/sandbox/linkedin";

    public static void MapLinkedInSandbox(this IEndpointRouteBuilder app)
    {
        var sandbox = app.MapGroup(Prefix)
            .AllowAnonymous("The LinkedIn sandbox stands in for an external provider; its API checks its own bearer tokens.")
            .ExcludeFromDescription();

        sandbox.MapGet("/oauth/v2/authorization", LinkedInSandboxOAuth.ShowConsent);
        sandbox.MapPost("/oauth/v2/authorization", LinkedInSandboxOAuth.DecideAsync);
        sandbox.MapPost("/oauth/v2/accessToken", LinkedInSandboxOAuth.IssueTokensAsync).DisableAntiforgery();

        var rest = sandbox.MapGroup("/rest")
            .AddEndpointFilter((context, next) => LinkedInSandboxResponses.VersionMissing(context.HttpContext) is { } refusal
                ? ValueTask.FromResult<object?>(refusal)
                : next(context));
        rest.MapGet("/organizationAcls", LinkedInSandboxApi.GetOrganizationAclsAsync);
        rest.MapGet("/organizations/{id}", LinkedInSandboxApi.GetOrganizationAsync);
        rest.MapGet("/networkSizes/{urn}", LinkedInSandboxApi.GetNetworkSizeAsync);
        rest.MapPost("/posts", LinkedInSandboxApi.CreatePostAsync).DisableAntiforgery();
        rest.MapDelete("/posts/{urn}", LinkedInSandboxApi.DeletePostAsync);
        rest.MapGet("/posts", LinkedInSandboxApi.FindPostsAsync);
        rest.MapGet("/socialActions/{urn}", LinkedInSandboxStatistics.GetSocialActionsAsync);
        rest.MapGet("/organizationalEntityShareStatistics", LinkedInSandboxStatistics.GetShareStatisticsAsync);

        sandbox.MapPost("/simulate/engagement", LinkedInSandboxEngagement.SimulateAsync).DisableAntiforgery().OnlyWhereSimulationsAreOn();
    }
}
