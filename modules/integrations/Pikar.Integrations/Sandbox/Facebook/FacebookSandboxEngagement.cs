using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pikar.Data;
using Pikar.Integrations.Providers;

namespace Pikar.Integrations.Sandbox.Facebook;

/// <summary>
/// People engaging with sandbox Page posts, and Meta telling Pikar: a post's permalink page, and a route that
/// delivers the Page webhook Meta would send for a reaction or a comment, signed with the app secret.
/// </summary>
internal static class FacebookSandboxEngagement
{
    public const string WebhookPath = "/api/webhooks/facebook";
    private const string Provider = FacebookSandboxPages.Provider;

    /// <summary>Whoever engages in the sandbox: one made-up Facebook user.</summary>
    private static readonly object Visitor = new { id = "100000000000001", name = "Sandbox Visitor" };

    private sealed record Engagement(string? PostId, string? Kind, long? CreatedTime);

    public static void MapFacebookSandboxEngagement(this RouteGroupBuilder sandbox)
    {
        sandbox.MapGet("/{pageId}/posts/{postId}", ShowPostAsync);
        // Public like a real public post, which anyone may like or comment on; the deliveries only describe sandbox posts.
        sandbox.MapPost("/simulate/engagement", SimulateAsync).DisableAntiforgery().OnlyWhereSimulationsAreOn();
    }

    /// <summary>Mirrors a post's <c>permalink_url</c> (<c>https://www.facebook.com/{page-id}/posts/{post-id}</c>).</summary>
    private static async Task<IResult> ShowPostAsync(string pageId, string postId, PikarDbContext db, CancellationToken ct)
    {
        var id = pageId + "_" + postId;
        var post = await db.Set<SandboxPost>().SingleOrDefaultAsync(p => p.Provider == Provider && p.ProviderPostId == id && p.DeletionTime == null, ct);
        var page = post is null ? null : await db.Set<SandboxAccount>().SingleOrDefaultAsync(a => a.Id == post.AccountId, ct);
        return post is null || page is null
            ? SandboxPage.Result(FacebookSandboxHtml.Error("This content isn't available right now."), StatusCodes.Status404NotFound)
            : SandboxPage.Result(FacebookSandboxHtml.Post(page.Name, id, post.Text, post.CreationTime));
    }

    /// <summary>
    /// Delivers <c>{"object":"page","entry":[{"id":page,"time","changes":[{"field":"feed","value":{…}}]}]}</c> with
    /// <c>X-Hub-Signature-256</c> to Pikar's webhook, as Meta would, and answers what the webhook answered. The same
    /// <c>created_time</c> makes the same delivery, which is how Meta's redeliveries look.
    /// </summary>
    private static async Task<IResult> SimulateAsync(HttpRequest request, PikarDbContext db, IHttpClientFactory httpClients,
        IOptions<IntegrationsOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var input = await ReadAsync(request, ct);
        if (input.Kind is not ("reaction" or "comment") || string.IsNullOrEmpty(input.PostId))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "Give post_id and kind (reaction or comment).");
        }

        var post = await db.Set<SandboxPost>().SingleOrDefaultAsync(p => p.Provider == Provider && p.ProviderPostId == input.PostId && p.DeletionTime == null, ct);
        if (post is null || FacebookSandboxPages.PageIdOf(post.ProviderPostId) is not { } pageId)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"The Facebook sandbox has no post {input.PostId}.");
        }

        if (options.Value.Facebook.AppSecret is not { Length: > 0 } secret)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict,
                detail: "Meta signs Page webhooks with the app secret, and Pikar:Integrations:Facebook:AppSecret is not configured: the sandbox cannot sign the delivery.");
        }

        var time = input.CreatedTime ?? clock.GetUtcNow().ToUnixTimeSeconds();
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            @object = "page",
            entry = new[] { new { id = pageId, time, changes = new[] { new { field = "feed", value = Change(input.Kind, post.ProviderPostId, time) } } } },
        });
        using var delivery = new HttpRequestMessage(HttpMethod.Post, WebhookPath) { Content = new ByteArrayContent(body) };
        delivery.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        delivery.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)));
        try
        {
            using var answer = await httpClients.CreateClient(ProviderHttpClients.Name(Provider, sandbox: true)).SendAsync(delivery, ct);
            return Results.Content(await answer.Content.ReadAsStringAsync(ct), answer.Content.Headers.ContentType?.ToString(), statusCode: (int)answer.StatusCode);
        }
        catch (HttpRequestException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway, detail: $"Pikar's webhook could not be reached: {e.Message}");
        }
    }

    private static Dictionary<string, object> Change(string kind, string postId, long time)
    {
        var value = new Dictionary<string, object>
        {
            ["from"] = Visitor, ["post_id"] = postId, ["parent_id"] = postId, ["created_time"] = time, ["item"] = kind, ["verb"] = "add",
        };
        if (kind == "reaction")
        {
            value["reaction_type"] = "like";
        }
        else
        {
            value["comment_id"] = postId + "_" + time.ToString(CultureInfo.InvariantCulture);
            value["message"] = "Nice post!";
        }

        return value;
    }

    private static async Task<Engagement> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            return new Engagement(form["post_id"], form["kind"], long.TryParse(form["created_time"], CultureInfo.InvariantCulture, out var t) ? t : null);
        }

        try
        {
            using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            var root = json.RootElement;
            string? Text(string name) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            long? createdTime = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("created_time", out var c)
                && c.ValueKind == JsonValueKind.Number && c.TryGetInt64(out var seconds) ? seconds : null;
            return new Engagement(Text("post_id"), Text("kind"), createdTime);
        }
        catch (JsonException)
        {
            return new Engagement(null, null, null);
        }
    }
}
