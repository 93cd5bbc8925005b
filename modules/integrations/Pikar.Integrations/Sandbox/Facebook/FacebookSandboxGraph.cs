using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pikar.Data;
using static Pikar.Integrations.Sandbox.Facebook.FacebookSandboxHttp;

namespace Pikar.Integrations.Sandbox.Facebook;

/// <summary>The Graph API routes Pikar uses for a Page, as <c>https://graph.facebook.com/v21.0/…</c> answers them.</summary>
internal static class FacebookSandboxGraph
{
    private const string Provider = FacebookSandboxPages.Provider;
    private const int MaxMessageLength = 3000;

    /// <summary>What a Page's admin may do, as <c>me/accounts</c> lists it.</summary>
    private static readonly string[] PageTasks = ["ANALYZE", "ADVERTISE", "MODERATE", "CREATE_CONTENT", "MANAGE"];

    public static void MapFacebookSandboxGraph(this RouteGroupBuilder graph)
    {
        graph.MapGet("/me/accounts", GetAccountsAsync);
        graph.MapGet("/{id}", GetNodeAsync);
        graph.MapDelete("/{id}", DeletePostAsync);
        graph.MapPost("/{id}/feed", PublishAsync).DisableAntiforgery();
        graph.MapGet("/{id}/posts", GetPostsAsync);
        graph.MapGet("/{id}/insights", FacebookSandboxInsights.GetAsync);
    }

    /// <summary>Mirrors <c>GET /me/accounts</c>: the Pages the user granted, each with a Page token (one that does not expire when the user token is long-lived).</summary>
    private static async Task<IResult> GetAccountsAsync(HttpContext http, PikarDbContext db, SandboxTokens tokens, TimeProvider clock,
        [FromQuery(Name = "fields")] string? fields, CancellationToken ct)
    {
        if (await CallerAsync(http, db, tokens, ct) is not { } caller)
        {
            return InvalidToken();
        }

        if (caller.IsPage)
        {
            return Error(StatusCodes.Status400BadRequest, 100, "(#100) Tried accessing nonexisting field (accounts) on node type (Page)");
        }

        var page = await FacebookSandboxPages.PageOfAsync(db, caller.Account, ct);
        var data = new List<Dictionary<string, object>>();
        if (page is not null)
        {
            var longLived = caller.Grant.ExpiresAt - clock.GetUtcNow() > SandboxTokens.AccessLifetime;
            var pageToken = await tokens.IssueAsync(Provider, SandboxGrantKind.Access, page.Id, caller.Grant.ClientId, caller.Grant.Scopes, ct,
                lifetime: longLived ? FacebookSandboxPages.PageTokenLifetime : caller.Grant.ExpiresAt - clock.GetUtcNow());
            var wanted = Fields(fields, "access_token", "category", "name", "id", "tasks");
            var entry = new Dictionary<string, object>();
            Add(entry, wanted, "access_token", pageToken);
            Add(entry, wanted, "category", "Software company");
            Add(entry, wanted, "name", page.Name);
            entry["id"] = page.ProviderAccountId;
            Add(entry, wanted, "tasks", PageTasks);
            data.Add(entry);
        }

        return Ok(http, caller, new { data, paging = Cursors(data.Count > 0 ? page!.ProviderAccountId : null) });
    }

    /// <summary>Mirrors <c>GET /{page-id}?fields=…</c> (and <c>GET /me</c>): a Page's name and audience.</summary>
    private static async Task<IResult> GetNodeAsync(HttpContext http, string id, PikarDbContext db, SandboxTokens tokens, TimeProvider clock,
        [FromQuery(Name = "fields")] string? fields, CancellationToken ct)
    {
        if (await CallerAsync(http, db, tokens, ct) is not { } caller)
        {
            return InvalidToken();
        }

        if (Simulated(http, caller) is { } trouble)
        {
            return trouble;
        }

        var node = id == "me" ? caller.Account : await FacebookSandboxPages.FindPageAsync(db, id, ct);
        if (node is null)
        {
            return UnsupportedRequest("get", id);
        }

        var wanted = Fields(fields, "name", "id");
        var result = new Dictionary<string, object>();
        Add(result, wanted, "name", node.Name);
        if (FacebookSandboxPages.IsPage(node))
        {
            var posts = await db.Set<SandboxPost>().CountAsync(p => p.AccountId == node.Id && p.DeletionTime == null, ct);
            var followers = SandboxMetrics.Followers(node.ProviderAccountId, clock.GetUtcNow() - node.CreationTime, posts);
            Add(result, wanted, "followers_count", followers);
            Add(result, wanted, "fan_count", followers * 95 / 100);
        }

        result["id"] = node.ProviderAccountId;
        return Ok(http, caller, result);
    }

    /// <summary>Mirrors <c>POST /{page-id}/feed</c>: publishes as the Page, which takes the Page's own token.</summary>
    private static async Task<IResult> PublishAsync(HttpContext http, string id, PikarDbContext db, SandboxTokens tokens, TimeProvider clock, CancellationToken ct)
    {
        if (await CallerAsync(http, db, tokens, ct) is not { } caller)
        {
            return InvalidToken();
        }

        if (Simulated(http, caller) is { } trouble)
        {
            return trouble;
        }

        if (!caller.IsPage || caller.Account.ProviderAccountId != id)
        {
            return Error(StatusCodes.Status403Forbidden, 200,
                "(#200) If posting to a page, requires both pages_read_engagement and pages_manage_posts as an admin with sufficient administrative permission");
        }

        var message = await MessageAsync(http.Request, ct);
        if (string.IsNullOrWhiteSpace(message) || message.Length > MaxMessageLength)
        {
            return Error(StatusCodes.Status400BadRequest, 100, $"(#100) A post's message must have 1 to {MaxMessageLength} characters in the sandbox.");
        }

        var now = clock.GetUtcNow();
        var post = new SandboxPost { Provider = Provider, ProviderPostId = FacebookSandboxPages.PostId(id, now), AccountId = caller.Account.Id, Text = message, CreationTime = now };
        db.Add(post);
        await db.SaveChangesAsync(ct);
        return Ok(http, caller, new { id = post.ProviderPostId });
    }

    /// <summary>Mirrors <c>DELETE /{post-id}</c>.</summary>
    private static async Task<IResult> DeletePostAsync(HttpContext http, string id, PikarDbContext db, SandboxTokens tokens, TimeProvider clock, CancellationToken ct)
    {
        if (await CallerAsync(http, db, tokens, ct) is not { } caller)
        {
            return InvalidToken();
        }

        if (Simulated(http, caller) is { } trouble)
        {
            return trouble;
        }

        var post = await db.Set<SandboxPost>().SingleOrDefaultAsync(p => p.Provider == Provider && p.ProviderPostId == id && p.AccountId == caller.Account.Id, ct);
        if (post is not { DeletionTime: null })
        {
            return UnsupportedRequest("delete", id);
        }

        post.DeletionTime = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Ok(http, caller, new { success = true });
    }

    /// <summary>Mirrors <c>GET /{page-id}/posts?fields=…&amp;limit=N</c>: newest first, with reactions, comments and shares.</summary>
    private static async Task<IResult> GetPostsAsync(HttpContext http, string id, PikarDbContext db, SandboxTokens tokens, TimeProvider clock,
        IOptions<IntegrationsOptions> options, [FromQuery(Name = "fields")] string? fields, [FromQuery(Name = "limit")] int? limit,
        [FromQuery(Name = "after")] string? after, CancellationToken ct)
    {
        if (await CallerAsync(http, db, tokens, ct) is not { } caller)
        {
            return InvalidToken();
        }

        if (Simulated(http, caller) is { } trouble)
        {
            return trouble;
        }

        if (await FacebookSandboxPages.FindPageAsync(db, id, ct) is not { } page)
        {
            return UnsupportedRequest("get", id);
        }

        var size = Math.Clamp(limit ?? 25, 1, 100);
        var query = db.Set<SandboxPost>().Where(p => p.AccountId == page.Id && p.DeletionTime == null);
        if (Uncursor(after) is { } afterId
            && await query.Where(p => p.ProviderPostId == afterId).Select(p => (DateTimeOffset?)p.CreationTime).SingleOrDefaultAsync(ct) is { } olderThan)
        {
            query = query.Where(p => p.CreationTime < olderThan);
        }

        var posts = await query
            .OrderByDescending(p => p.CreationTime)
            .Take(size + 1)
            .ToListAsync(ct);
        var wanted = Fields(fields, "created_time", "message", "id");
        var now = clock.GetUtcNow();
        var data = posts.Take(size).Select(p => ToPost(p, wanted, now, options.Value.SandboxBaseUrl)).ToList();
        var last = posts.Count > 0 ? posts[Math.Min(size, posts.Count) - 1].ProviderPostId : null;
        var paging = Cursors(posts.Count > 0 ? posts[0].ProviderPostId : null, last);
        if (posts.Count > size)
        {
            paging["next"] = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}?limit={size}&after={Cursor(last!)}";
        }

        return Ok(http, caller, new { data, paging });
    }

    private static Dictionary<string, object> ToPost(SandboxPost p, HashSet<string> wanted, DateTimeOffset now, Uri sandboxBaseUrl)
    {
        var metrics = SandboxMetrics.ForPost(p.ProviderPostId, now - p.CreationTime);
        var pageId = FacebookSandboxPages.PageIdOf(p.ProviderPostId)!;
        var post = new Dictionary<string, object>();
        Add(post, wanted, "created_time", p.CreationTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture));
        Add(post, wanted, "message", p.Text);
        Add(post, wanted, "permalink_url", new Uri(sandboxBaseUrl, $"facebook/{pageId}/posts/{p.ProviderPostId[(pageId.Length + 1)..]}").ToString());
        // Graph leaves shares out altogether for a post nobody shared.
        if (metrics.Shares > 0)
        {
            Add(post, wanted, "shares", new { count = metrics.Shares });
        }

        Add(post, wanted, "reactions", new { data = Array.Empty<object>(), summary = new { total_count = metrics.Likes, viewer_reaction = "NONE" } });
        Add(post, wanted, "comments", new { data = Array.Empty<object>(), summary = new { order = "ranked", total_count = metrics.Comments, can_comment = true } });
        post["id"] = p.ProviderPostId;
        return post;
    }

    private static async Task<string?> MessageAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            return (await request.ReadFormAsync(ct))["message"].ToString();
        }

        if (request.HasJsonContentType())
        {
            try
            {
                using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
                return body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("message", out var value)
                    && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return request.Query["message"].ToString();
    }

    private static Dictionary<string, object?> Cursors(string? first, string? last = null) => new()
    {
        ["cursors"] = first is null ? null : new Dictionary<string, string> { ["before"] = Cursor(first), ["after"] = Cursor(last ?? first) },
    };

    private static string Cursor(string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(id)).TrimEnd('=');

    private static string? Uncursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(cursor.PadRight(cursor.Length + ((4 - (cursor.Length % 4)) % 4), '=')));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Adds a field when asked for; Graph returns <c>id</c> whether asked or not.</summary>
    private static void Add(Dictionary<string, object> into, HashSet<string> wanted, string field, object value)
    {
        if (wanted.Contains(field))
        {
            into[field] = value;
        }
    }
}
