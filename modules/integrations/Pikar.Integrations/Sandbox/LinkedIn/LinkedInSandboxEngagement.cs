using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pikar.Data;
using Pikar.Integrations.Providers;

namespace Pikar.Integrations.Sandbox.LinkedIn;

/// <summary>
/// Plays the audience of a sandbox page: someone likes or comments on one of its posts, and the sandbox, as LinkedIn
/// would, pushes a signed organization social action notification to Pikar's LinkedIn webhook. Anyone may play the
/// audience: the notification is about a sandbox post only, and Pikar checks its signature like any other.
/// </summary>
internal static class LinkedInSandboxEngagement
{
    private const string WebhookPath = "/api/webhooks/linkedin";
    private static readonly string[] Actions = ["LIKE", "COMMENT"];

    /// <summary>POST <c>/simulate/engagement</c> (form or JSON: <c>post</c>, the post's URN, and <c>action</c>, LIKE or COMMENT).</summary>
    public static async Task<IResult> SimulateAsync(
        HttpContext http, PikarDbContext db, IOptions<IntegrationsOptions> options, IHttpClientFactory httpClients, TimeProvider clock, CancellationToken ct)
    {
        var (postUrn, action) = await ReadInputAsync(http.Request, ct);
        if (postUrn is null || action is null || !Actions.Contains(action))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "Give the post's URN (post) and the action: LIKE or COMMENT.");
        }

        var post = await db.Set<SandboxPost>().SingleOrDefaultAsync(
            p => p.Provider == LinkedInSandboxDirectory.Provider && p.ProviderPostId == postUrn && p.DeletionTime == null, ct);
        var organization = post is null ? null : await db.Set<SandboxAccount>().SingleOrDefaultAsync(a => a.Id == post.AccountId, ct);
        var administrator = organization is null ? null : await LinkedInSandboxDirectory.AdministratorOfAsync(db, organization, ct);
        if (post is null || organization is null || administrator is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"The LinkedIn sandbox has no live post {postUrn}.");
        }

        if (options.Value.LinkedIn.ClientSecret is not { Length: > 0 } secret)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict,
                detail: "LinkedIn signs notifications with the app's client secret, and Pikar:Integrations:LinkedIn:ClientSecret is not configured: Pikar would refuse them.");
        }

        var body = Notification(post, organization, administrator, action, clock.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(WebhookPath, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-LI-Signature", Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes("hmacsha256=" + body))));
        try
        {
            using var response = await httpClients.CreateClient(ProviderHttpClients.Name(IntegrationProviders.LinkedIn, sandbox: true)).SendAsync(request, ct);
            var answer = await response.Content.ReadAsStringAsync(ct);
            return Results.Json(new { delivered = new { status = (int)response.StatusCode, body = Parsed(answer) }, payload = body });
        }
        catch (HttpRequestException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway, detail: $"The notification could not be delivered to {WebhookPath}: {e.Message}");
        }
    }

    /// <summary>An <c>ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS</c> push with one notification, as LinkedIn batches them.</summary>
    private static string Notification(SandboxPost post, SandboxAccount organization, SandboxAccount administrator, string action, DateTimeOffset now)
    {
        var notification = new Dictionary<string, object>
        {
            ["notificationId"] = RandomNumberGenerator.GetInt32(1, int.MaxValue) * 1000L + RandomNumberGenerator.GetInt32(1000),
            ["organizationalEntity"] = LinkedInSandboxDirectory.OrganizationUrn(organization),
            ["action"] = action,
            ["sourcePost"] = post.ProviderPostId,
            ["subscriber"] = LinkedInSandboxDirectory.PersonUrn(administrator),
            ["lastModifiedAt"] = now.ToUnixTimeMilliseconds(),
        };
        if (action == "COMMENT")
        {
            var activity = post.ProviderPostId[LinkedInSandboxDirectory.ShareUrnPrefix.Length..];
            notification["generatedActivity"] = $"urn:li:comment:(urn:li:activity:{activity},{now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)})";
        }

        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["type"] = "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS",
            ["notifications"] = new[] { notification },
        });
    }

    private static async Task<(string? Post, string? Action)> ReadInputAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            return (NullIfEmpty(form["post"]), NullIfEmpty(form["action"])?.ToUpperInvariant());
        }

        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            var root = body.RootElement;
            string? Read(string name) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? NullIfEmpty(value.GetString())
                : null;
            return (Read("post"), Read("action")?.ToUpperInvariant());
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static object Parsed(string answer)
    {
        try
        {
            using var json = JsonDocument.Parse(answer);
            return json.RootElement.Clone();
        }
        catch (JsonException)
        {
            return answer;
        }
    }
}
