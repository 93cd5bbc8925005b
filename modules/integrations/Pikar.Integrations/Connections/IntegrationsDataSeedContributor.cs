using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Identity;
using Pikar.Integrations.Connect;
using Pikar.Integrations.Providers.LinkedIn;
using Pikar.Integrations.Providers.X;
using Pikar.Integrations.Sandbox;
using Pikar.Integrations.Sandbox.LinkedIn;
using Pikar.Integrations.Providers.Facebook;
using Pikar.Integrations.Sandbox.Facebook;
using Pikar.Seeding;

namespace Pikar.Integrations.Connections;

/// <summary>
/// A demo tenant's admin has a live sandbox account connected on each network (X, a LinkedIn organization page, a
/// Facebook Page), with tokens the sandbox issued and a month of posts, so everything built on them works in the demo.
/// </summary>
internal sealed class IntegrationsDataSeedContributor(
    PikarDbContext db, IIdentityLookup identity, ConnectionService connections, SandboxTokens sandboxTokens, TimeProvider clock) : IDataSeedContributor
{
    // Issued to Pikar's sandbox client, so the health job can renew them like any connected account's.
    private const string DemoClientId = Connect.OAuthClientRegistrations.SandboxClientId;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is not { } tenantId || !context.IncludeDemoData || await identity.FindUserIdAsync("admin", cancellationToken) is not { } admin)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await connections.ConnectAsync(await XSandboxAccountAsync(tenantId, now, cancellationToken), admin, cancellationToken);
        await connections.ConnectAsync(await LinkedInSandboxAccountAsync(tenantId, now, cancellationToken), admin, cancellationToken);
        await connections.ConnectAsync(await FacebookSandboxPageAsync(tenantId, now, cancellationToken), admin, cancellationToken);
    }

    private static readonly string[] DemoPosts =
    [
        "Shipped: invoices now remind clients three days before they are due.",
        "What I learned from my first 100 customers, in one thread.",
        "Monday plan: two client calls, one proposal, zero meetings after 3pm.",
        "Pricing is a product decision, not a finance one.",
        "A small change in onboarding cut our support tickets by a third.",
        "Which do you read first: the headline or the numbers?",
        "Behind the scenes of this week's launch.",
        "Three tools I could not run my business without.",
        "We are hiring our first contractor. Here is how we wrote the brief.",
        "Case study: from idea to paying customer in 21 days.",
        "Friday wins: two new clients and a long-overdue invoice paid.",
        "Ask me anything about running a one-person company.",
    ];

    /// <summary>A dozen posts over the last four weeks, so the demo has figures from the start.</summary>
    private void AddDemoPosts(SandboxAccount account, DateTimeOffset now)
    {
        for (var i = 0; i < DemoPosts.Length; i++)
        {
            var published = now.AddDays(-27 + (i * 27.0 / DemoPosts.Length)).AddHours(9 + (i % 5));
            db.Add(new SandboxPost
            {
                Provider = account.Provider,
                ProviderPostId = ((published.ToUnixTimeMilliseconds() << 16) + i).ToString(CultureInfo.InvariantCulture),
                AccountId = account.Id,
                Text = DemoPosts[i],
                CreationTime = published,
            });
        }
    }

    private async Task<AuthorizedAccount> XSandboxAccountAsync(Guid tenantId, DateTimeOffset now, CancellationToken ct)
    {
        var handle = "demo_" + tenantId.ToString("N")[^8..];
        var account = await db.Set<SandboxAccount>().SingleOrDefaultAsync(a => a.Provider == IntegrationProviders.X && a.Handle == handle, ct);
        if (account is null)
        {
            account = new SandboxAccount
            {
                Provider = IntegrationProviders.X,
                // Numeric like X's ids: the time, then bits of the tenant's (random) id.
                ProviderAccountId = ((now.ToUnixTimeMilliseconds() << 16) + BitConverter.ToUInt16(tenantId.ToByteArray(), 14)).ToString(CultureInfo.InvariantCulture),
                Handle = handle,
                Name = "Pikar Demo",
                CreationTime = now.AddDays(-90),
            };
            db.Add(account);
            await db.SaveChangesAsync(ct);
            AddDemoPosts(account, now);
            await db.SaveChangesAsync(ct);
        }

        var scopes = string.Join(' ', XScopes.Requested);
        var validFor = TimeSpan.FromDays(60);
        var access = await sandboxTokens.IssueAsync(IntegrationProviders.X, SandboxGrantKind.Access, account.Id, DemoClientId, scopes, ct, lifetime: validFor);
        var refresh = await sandboxTokens.IssueAsync(IntegrationProviders.X, SandboxGrantKind.Refresh, account.Id, DemoClientId, scopes, ct);
        return new AuthorizedAccount(IntegrationProviders.X, IsSandbox: true, account.ProviderAccountId, "@" + handle, XScopes.Requested,
            access, refresh, now + validFor);
    }

    /// <summary>
    /// The demo LinkedIn page: a sandbox member administering "Pikar Demo", with a month of posts. Its token expires in
    /// two days, so the health job's renewal is soon visible; it is issued to Pikar's sandbox client, whose refresh renews it.
    /// </summary>
    private async Task<AuthorizedAccount> LinkedInSandboxAccountAsync(Guid tenantId, DateTimeOffset now, CancellationToken ct)
    {
        var (member, organization) = await LinkedInSandboxDirectory.EnsureMemberAsync(
            db, "demo_" + tenantId.ToString("N")[^8..], "Pikar Demo", now.AddDays(-90), ct);
        await LinkedInSandboxDemo.SeedPostsAsync(db, organization, now, ct);

        var scopes = string.Join(' ', LinkedInScopes.Requested);
        var validFor = TimeSpan.FromDays(2);
        var clientId = OAuthClientRegistrations.SandboxClientId;
        var access = await sandboxTokens.IssueAsync(IntegrationProviders.LinkedIn, SandboxGrantKind.Access, member.Id, clientId, scopes, ct, lifetime: validFor);
        var refresh = await sandboxTokens.IssueAsync(IntegrationProviders.LinkedIn, SandboxGrantKind.Refresh, member.Id, clientId, scopes, ct,
            lifetime: LinkedInSandboxOAuth.RefreshLifetime);
        return new AuthorizedAccount(IntegrationProviders.LinkedIn, IsSandbox: true, LinkedInSandboxDirectory.OrganizationUrn(organization), organization.Name,
            LinkedInScopes.Requested, access, refresh, now + validFor);
    }

    /// <summary>
    /// A Facebook sandbox user and its Page "Pikar Demo Page", connected as Facebook connects a Page: with a Page token
    /// that does not expire (see <see cref="FacebookSandboxPages"/> for how the sandbox stores them). The Page gets a
    /// dozen posts spread over the last four weeks, once, so its metrics have a history.
    /// </summary>
    private async Task<AuthorizedAccount> FacebookSandboxPageAsync(Guid tenantId, DateTimeOffset now, CancellationToken ct)
    {
        var (_, page) = await FacebookSandboxPages.EnsureAsync(db, "demo_" + tenantId.ToString("N")[^8..], "Pikar Demo Page", now, ct, age: TimeSpan.FromDays(90));
        if (!await db.Set<SandboxPost>().AnyAsync(p => p.AccountId == page.Id, ct))
        {
            for (var i = 0; i < DemoPagePosts.Length; i++)
            {
                var published = now - TimeSpan.FromHours(6 + (i * 28 * 24 / DemoPagePosts.Length));
                db.Add(new SandboxPost
                {
                    Provider = IntegrationProviders.Facebook, ProviderPostId = FacebookSandboxPages.PostId(page.ProviderAccountId, published),
                    AccountId = page.Id, Text = DemoPagePosts[i], CreationTime = published,
                });
            }

            await db.SaveChangesAsync(ct);
        }

        var pageToken = await sandboxTokens.IssueAsync(IntegrationProviders.Facebook, SandboxGrantKind.Access, page.Id, OAuthClientRegistrations.SandboxClientId,
            string.Join(',', FacebookScopes.Requested), ct, lifetime: FacebookSandboxPages.PageTokenLifetime);
        return new AuthorizedAccount(IntegrationProviders.Facebook, IsSandbox: true, page.ProviderAccountId, page.Name, FacebookScopes.Requested,
            pageToken, RefreshToken: null, AccessTokenExpiresAt: null);
    }

    private static readonly string[] DemoPagePosts =
    [
        "Our spring collection is live: come and see what's new.",
        "Thank you for 1,000 followers! A small discount code for you in the comments.",
        "Behind the scenes: how we pack every order by hand.",
        "Open house this Saturday from 10:00. Coffee's on us.",
        "Customer story: how Marta organised her studio with our shelves.",
        "Five tips to keep your plants happy through the winter.",
        "We're hiring a part-time assistant. Know someone? Send them our way.",
        "New blog post: why we switched to recycled packaging.",
        "Poll: which colour should the next mug come in?",
        "Flash sale today only: 20% off everything in the shop.",
        "Meet the team: Jonas, who answers every one of your emails.",
        "A month of Pikar: how we plan our posts ahead now.",
    ];
}
