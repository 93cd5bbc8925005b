using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using static Pikar.Integrations.Sandbox.LinkedIn.LinkedInSandboxResponses;

namespace Pikar.Integrations.Sandbox.LinkedIn;

/// <summary>The LinkedIn sandbox's organization and post routes, mirroring <c>api.linkedin.com/rest/...</c> (Rest.li 2.0, versioned).</summary>
internal static class LinkedInSandboxApi
{
    private const string Provider = LinkedInSandboxDirectory.Provider;
    private const int MaxCommentary = 3000;

    /// <summary>GET <c>/rest/organizationAcls?q=roleAssignee&amp;role=ADMINISTRATOR&amp;state=APPROVED</c>: the pages the member has a role on.</summary>
    public static Task<IResult> GetOrganizationAclsAsync(
        HttpContext http, PikarDbContext db, string? q, string? role, string? state, CancellationToken ct) =>
        AsMemberAsync(http, async member =>
        {
            if (q != "roleAssignee")
            {
                return BadRequest("This sandbox serves the roleAssignee finder (q=roleAssignee).");
            }

            var organization = await LinkedInSandboxDirectory.OrganizationOfAsync(db, member, ct);
            var elements = organization is not null && role is null or "ADMINISTRATOR" && state is null or "APPROVED"
                ? new[]
                {
                    new
                    {
                        roleAssignee = LinkedInSandboxDirectory.PersonUrn(member),
                        role = "ADMINISTRATOR",
                        state = "APPROVED",
                        organization = LinkedInSandboxDirectory.OrganizationUrn(organization!),
                    },
                }
                : [];
            return Results.Json(new { paging = Paging(elements.Length), elements });
        });

    /// <summary>GET <c>/rest/organizations/{id}</c>: a page's name.</summary>
    public static Task<IResult> GetOrganizationAsync(HttpContext http, string id, PikarDbContext db, CancellationToken ct) =>
        AsMemberAsync(http, async _ =>
        {
            if (await FindOrganizationAsync(db, LinkedInSandboxDirectory.OrganizationUrnPrefix + id, ct) is not { } organization)
            {
                return NotFound($"Organization {id}");
            }

            return Results.Json(new
            {
                id = long.Parse(organization.ProviderAccountId, CultureInfo.InvariantCulture),
                localizedName = organization.Name,
                vanityName = organization.Handle,
                name = new { localized = new Dictionary<string, string> { ["en_US"] = organization.Name }, preferredLocale = new { country = "US", language = "en" } },
                primaryOrganizationType = "NONE",
            });
        });

    /// <summary>GET <c>/rest/networkSizes/{organizationUrn}?edgeType=COMPANY_FOLLOWED_BY_MEMBER</c>: a page's followers.</summary>
    public static Task<IResult> GetNetworkSizeAsync(HttpContext http, string urn, PikarDbContext db, TimeProvider clock, string? edgeType, CancellationToken ct) =>
        AsMemberAsync(http, async _ =>
        {
            if (edgeType is not ("COMPANY_FOLLOWED_BY_MEMBER" or "CompanyFollowedByMember"))
            {
                return BadRequest("edgeType must be COMPANY_FOLLOWED_BY_MEMBER.");
            }

            if (await FindOrganizationAsync(db, urn, ct) is not { } organization)
            {
                return NotFound(urn);
            }

            var posts = await db.Set<SandboxPost>().CountAsync(p => p.AccountId == organization.Id && p.DeletionTime == null, ct);
            return Results.Json(new
            {
                firstDegreeSize = SandboxMetrics.Followers(organization.ProviderAccountId, clock.GetUtcNow() - organization.CreationTime, posts),
            });
        });

    /// <summary>POST <c>/rest/posts</c>: publishes as a page the member administers; 201 with the post's URN in <c>x-restli-id</c>.</summary>
    public static Task<IResult> CreatePostAsync(HttpContext http, PikarDbContext db, TimeProvider clock, CancellationToken ct) =>
        AsMemberAsync(http, async member =>
        {
            string? author = null, commentary = null;
            try
            {
                using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: ct);
                author = Text(body.RootElement, "author");
                commentary = Text(body.RootElement, "commentary");
            }
            catch (JsonException)
            {
            }

            if (await LinkedInSandboxDirectory.AdministeredAsync(db, member, author, ct) is not { } organization)
            {
                return Forbidden($"posts as {author ?? "(no author)"}");
            }

            if (string.IsNullOrWhiteSpace(commentary) || commentary.Length > MaxCommentary)
            {
                return Error(StatusCodes.Status422UnprocessableEntity, null, "UNPROCESSABLE_ENTITY",
                    $"ERROR :: /commentary :: must be 1 to {MaxCommentary} characters");
            }

            var now = clock.GetUtcNow();
            var post = new SandboxPost
            {
                Provider = Provider, ProviderPostId = LinkedInSandboxDirectory.NewShareUrn(now), AccountId = organization.Id, Text = commentary, CreationTime = now,
            };
            db.Add(post);
            await db.SaveChangesAsync(ct);
            http.Response.Headers["x-restli-id"] = post.ProviderPostId;
            return Results.StatusCode(StatusCodes.Status201Created);
        });

    /// <summary>DELETE <c>/rest/posts/{postUrn}</c>: 204, as LinkedIn answers.</summary>
    public static Task<IResult> DeletePostAsync(HttpContext http, string urn, PikarDbContext db, TimeProvider clock, CancellationToken ct) =>
        AsMemberAsync(http, async member =>
        {
            var (post, refusal) = await OwnPostAsync(db, member, urn, ct);
            if (post is null)
            {
                return refusal!;
            }

            post.DeletionTime = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            return Results.NoContent();
        });

    /// <summary>GET <c>/rest/posts?author={organizationUrn}&amp;q=author&amp;count=N</c>: the page's posts, newest first.</summary>
    public static Task<IResult> FindPostsAsync(
        HttpContext http, PikarDbContext db, string? q, string? author, int? count, [FromQuery(Name = "start")] int? start, CancellationToken ct) =>
        AsMemberAsync(http, async member =>
        {
            if (q != "author")
            {
                return BadRequest("This sandbox serves the author finder (q=author).");
            }

            if (await LinkedInSandboxDirectory.AdministeredAsync(db, member, author, ct) is not { } organization)
            {
                return Forbidden($"posts of {author ?? "(no author)"}");
            }

            var size = Math.Clamp(count ?? 10, 1, 100);
            var live = db.Set<SandboxPost>().Where(p => p.AccountId == organization.Id && p.DeletionTime == null);
            var total = await live.CountAsync(ct);
            var posts = await live.OrderByDescending(p => p.CreationTime).Skip(Math.Max(start ?? 0, 0)).Take(size).ToListAsync(ct);
            return Results.Json(new { paging = Paging(total, start ?? 0, size), elements = posts.Select(p => ToPost(p, author!)).ToList() });
        });

    public static Task<SandboxAccount?> FindOrganizationAsync(PikarDbContext db, string? urn, CancellationToken ct)
    {
        var id = urn is not null && urn.StartsWith(LinkedInSandboxDirectory.OrganizationUrnPrefix, StringComparison.Ordinal)
            ? urn[LinkedInSandboxDirectory.OrganizationUrnPrefix.Length..]
            : null;
        return id is null || !id.All(char.IsAsciiDigit)
            ? Task.FromResult<SandboxAccount?>(null)
            : db.Set<SandboxAccount>().SingleOrDefaultAsync(
                a => a.Provider == Provider && a.ProviderAccountId == id && a.Handle.EndsWith(LinkedInSandboxDirectory.OrganizationSuffix), ct);
    }

    public static object Paging(int total, int start = 0, int count = 10) => new { start, count, links = Array.Empty<object>(), total };

    private static object ToPost(SandboxPost post, string author)
    {
        var at = post.CreationTime.ToUnixTimeMilliseconds();
        return new
        {
            id = post.ProviderPostId,
            author,
            commentary = post.Text,
            visibility = "PUBLIC",
            distribution = new { feedDistribution = "MAIN_FEED", targetEntities = Array.Empty<object>(), thirdPartyDistributionChannels = Array.Empty<object>() },
            lifecycleState = "PUBLISHED",
            lifecycleStateInfo = new { isEditedByAuthor = false },
            isReshareDisabledByAuthor = false,
            createdAt = at,
            publishedAt = at,
            lastModifiedAt = at,
        };
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
