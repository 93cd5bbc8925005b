using Microsoft.EntityFrameworkCore;
using Pikar.Data;

namespace Pikar.Integrations.Sandbox.LinkedIn;

/// <summary>A demo page's history: a dozen posts over the last four weeks, so its figures have grown by the time anyone looks.</summary>
internal static class LinkedInSandboxDemo
{
    private static readonly string[] Posts =
    [
        "We are hiring a part-time bookkeeper: remote friendly, flexible hours. Tell a friend!",
        "Three lessons from our first year in business: price for value, invoice on time, and say no more often.",
        "New this month: online booking. Pick a slot that suits you, no phone tag needed.",
        "Thank you to the 40 customers who answered our survey. Your top request is coming next quarter.",
        "Behind the scenes: how we plan a week so client work and admin both get their time.",
        "Our spring workshop dates are out. Small groups, practical tips, coffee included.",
        "A customer story: how a local bakery cut its admin time in half with a few simple habits.",
        "Five questions to ask before you sign with a new supplier.",
        "We turned four today. Thank you for every referral, review and kind word along the way.",
        "Quick tip: set reminders for invoices due next week on Friday afternoons. Mondays will thank you.",
        "Meet the team: Sam joined us this month to look after customer onboarding.",
        "Our guide to getting ready for tax season is free to download on our website.",
    ];

    /// <summary>Seeds the page's posts once: back-dated, oldest first, about every two and a half days.</summary>
    public static async Task SeedPostsAsync(PikarDbContext db, SandboxAccount organization, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.Set<SandboxPost>().AnyAsync(p => p.AccountId == organization.Id, ct))
        {
            return;
        }

        var spacing = TimeSpan.FromDays(28) / Posts.Length;
        for (var i = 0; i < Posts.Length; i++)
        {
            var at = now - TimeSpan.FromDays(28) + spacing * i + TimeSpan.FromHours(3);
            db.Add(new SandboxPost
            {
                Provider = LinkedInSandboxDirectory.Provider,
                ProviderPostId = LinkedInSandboxDirectory.NewShareUrn(at),
                AccountId = organization.Id,
                Text = Posts[i],
                CreationTime = at,
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
