using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Identity;
using Pikar.Integrations.Connect;
using Pikar.Integrations.Providers.LinkedIn;
using Pikar.Integrations.Providers.X;
using Pikar.Integrations.Sandbox;
using Pikar.Integrations.Sandbox.LinkedIn;
using Pikar.Seeding;

namespace Pikar.Integrations.Connections;

/// <summary>
/// A demo tenant's admin has sandbox accounts connected on each network; one nears its expiry. The X account
/// is a real account of the X sandbox with tokens it issued, so everything built on it works in the demo.
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

        // Facebook has no sandbox yet: placeholder tokens until its own exists.
        (string Provider, string Account, string Name, TimeSpan ValidFor)[] others =
        [
            (IntegrationProviders.Facebook, "sandbox-fb-1", "Pikar Demo Page", TimeSpan.FromDays(60)),
        ];
        foreach (var (provider, account, name, validFor) in others)
        {
            await connections.ConnectAsync(new AuthorizedAccount(
                provider, IsSandbox: true, account, name, ["read", "write"],
                AccessToken: "sandbox-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
                RefreshToken: "sandbox-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
                now + validFor), admin, cancellationToken);
        }
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
    /// two days so the demo shows an expiring connection; it is issued to Pikar's sandbox client, whose refresh renews it.
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
}
