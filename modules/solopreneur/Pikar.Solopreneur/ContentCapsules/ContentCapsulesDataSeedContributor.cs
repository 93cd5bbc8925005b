using Pikar.Data;
using Pikar.Identity;
using Pikar.Integrations;
using Pikar.Integrations.Connections;
using Pikar.Integrations.Social;
using Pikar.Seeding;
using Pikar.Solopreneur.SocialPerformance;

namespace Pikar.Solopreneur.ContentCapsules;

/// <summary>
/// A demo tenant has a capsule in each state: a draft, one scheduled for next week, one published (it is the
/// sandbox account's latest post), one that failed with the network's reason, and one stopped.
/// </summary>
internal sealed class ContentCapsulesDataSeedContributor(
    PikarDbContext db, IIdentityLookup identity, IConnectionDirectory connections, ISandboxHistory sandbox, TimeProvider clock) : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is null || !context.IncludeDemoData || await identity.FindUserIdAsync("admin", cancellationToken) is not { } admin)
        {
            return;
        }

        var accounts = (await connections.ListAsync(SocialNetworks.All, cancellationToken)).ToDictionary(c => c.Provider);
        if (!accounts.TryGetValue(IntegrationProviders.X, out var x) || !accounts.TryGetValue(IntegrationProviders.LinkedIn, out var linkedIn)
            || !accounts.TryGetValue(IntegrationProviders.Facebook, out var facebook))
        {
            return;
        }

        var now = clock.GetUtcNow();
        Add(admin, now.AddDays(-1), "Black Friday teaser", "Something big is coming on Friday. Stay tuned!", ["campaign"], (x, null), (linkedIn, null));

        var nextWeek = new DateTimeOffset(now.UtcDateTime.Date.AddDays(7).AddHours(8), TimeSpan.Zero);
        var scheduled = Add(admin, now.AddHours(-5), "Webinar next week", "Join our free webinar on pricing for freelancers next Thursday.", ["webinar"],
            (x, null), (facebook, "Join our free webinar on pricing for freelancers next Thursday. Seats are limited: reserve yours today."));
        scheduled.Capsule.ScheduledAt = nextWeek;
        scheduled.Capsule.TimeZone = "Europe/Berlin";
        scheduled.Publications.ForEach(p => p.Schedule(nextWeek));

        if (await sandbox.ReadAsOfAsync(x.Id, now, cancellationToken) is { Posts: [var latest, ..] })
        {
            var published = Add(admin, latest.PublishedAt.AddMinutes(-30), "Client wins", latest.Text, ["wins"], (x, null));
            published.Publications.ForEach(p => { p.Schedule(latest.PublishedAt); p.Published(latest.PostId, latest.Url, latest.PublishedAt); });
        }

        var failed = Add(admin, now.AddDays(-2), "Poll: favourite feature", "Which feature should we build next? Vote below!", ["poll"], (linkedIn, null));
        failed.Publications.ForEach(p => { p.Schedule(now.AddDays(-2)); p.Fail("LinkedIn refused the request (422): polls cannot be posted through the API."); });

        var stopped = Add(admin, now.AddDays(-3), "Summer recap", "What a summer it was. Thank you all!", [], (facebook, null));
        stopped.Publications.ForEach(p => p.Cancel("Unscheduled before its time."));

        await db.SaveChangesAsync(cancellationToken);
    }

    private (ContentCapsule Capsule, List<CapsulePublication> Publications) Add(
        Guid admin, DateTimeOffset created, string title, string body, List<string> tags, params (ConnectionDto Account, string? Text)[] targets)
    {
        var capsule = new ContentCapsule { Title = title, Body = body, Tags = tags, CreatedByUserId = admin, CreationTime = created };
        db.Add(capsule);
        var publications = targets.Select(t => new CapsulePublication
        {
            CapsuleId = capsule.Id, ConnectionId = t.Account.Id, Provider = t.Account.Provider, Text = t.Text ?? body,
        }).ToList();
        db.AddRange(publications);
        return (capsule, publications);
    }
}
