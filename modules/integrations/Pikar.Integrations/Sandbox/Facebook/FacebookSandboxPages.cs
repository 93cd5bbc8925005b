using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Pikar.Data;

namespace Pikar.Integrations.Sandbox.Facebook;

/// <summary>
/// Facebook's two kinds of account in the shared sandbox tables, without a table of their own: a sandbox user is a
/// <see cref="SandboxAccount"/> with the handle typed at the consent; the one Page it manages is a second row whose
/// handle is the user's followed by <see cref="PageSuffix"/> (a slash, which a user handle cannot contain, so the two
/// never collide) and whose id is the Page id. A Page token is a <see cref="SandboxGrant"/> of kind Access for the Page
/// row; Page posts are <see cref="SandboxPost"/>s of the Page row, their ids in Graph's <c>{page-id}_{post-id}</c> form.
/// </summary>
internal static class FacebookSandboxPages
{
    public const string Provider = IntegrationProviders.Facebook;
    public const string PageSuffix = "/page";

    /// <summary>A Page token obtained with a long-lived user token does not expire; a sandbox grant needs a date, so a century.</summary>
    public static readonly TimeSpan PageTokenLifetime = TimeSpan.FromDays(36500);

    /// <summary>What a long-lived user token lives (<c>fb_exchange_token</c>): about 60 days.</summary>
    public static readonly TimeSpan LongLivedUserTokenLifetime = TimeSpan.FromDays(60);

    public static bool IsPage(SandboxAccount account) => account.Handle.EndsWith(PageSuffix, StringComparison.Ordinal);

    /// <summary>The handle that chooses the trouble on demand: the user's own, or for a Page, its user's.</summary>
    public static string OwnerHandle(SandboxAccount account) => IsPage(account) ? account.Handle[..^PageSuffix.Length] : account.Handle;

    public static Task<SandboxAccount?> PageOfAsync(PikarDbContext db, SandboxAccount user, CancellationToken ct)
    {
        var handle = user.Handle + PageSuffix;
        return db.Set<SandboxAccount>().SingleOrDefaultAsync(a => a.Provider == Provider && a.Handle == handle, ct);
    }

    public static Task<SandboxAccount?> FindPageAsync(PikarDbContext db, string pageId, CancellationToken ct) =>
        db.Set<SandboxAccount>().SingleOrDefaultAsync(a => a.Provider == Provider && a.ProviderAccountId == pageId && a.Handle.EndsWith(PageSuffix), ct);

    /// <summary>The sandbox user with this handle and its Page, created on first use; the Page takes the name chosen last.</summary>
    public static async Task<(SandboxAccount User, SandboxAccount Page)> EnsureAsync(
        PikarDbContext db, string handle, string pageName, DateTimeOffset now, CancellationToken ct, TimeSpan? age = null)
    {
        var user = await db.Set<SandboxAccount>().SingleOrDefaultAsync(a => a.Provider == Provider && a.Handle == handle, ct);
        if (user is null)
        {
            user = new SandboxAccount { Provider = Provider, ProviderAccountId = NewId(now), Handle = handle, Name = handle.Replace('_', ' '), CreationTime = now - (age ?? TimeSpan.Zero) };
            db.Add(user);
        }

        var page = await PageOfAsync(db, user, ct);
        if (page is null)
        {
            page = new SandboxAccount { Provider = Provider, ProviderAccountId = NewId(now), Handle = handle + PageSuffix, Name = pageName, CreationTime = now - (age ?? TimeSpan.Zero) };
            db.Add(page);
        }

        await db.SaveChangesAsync(ct);
        if (page.Name != pageName)
        {
            // Renaming in SQL: a sandbox account's name is otherwise fixed once created.
            await db.Set<SandboxAccount>().Where(a => a.Id == page.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Name, pageName), ct);
            await db.Entry(page).ReloadAsync(ct);
        }

        return (user, page);
    }

    /// <summary>A numeric id like Facebook's: time-ordered, unique enough for a sandbox.</summary>
    public static string NewId(DateTimeOffset now) =>
        ((now.ToUnixTimeMilliseconds() << 16) + RandomNumberGenerator.GetInt32(65536)).ToString(CultureInfo.InvariantCulture);

    /// <summary>A Page post's id as Graph writes it: the Page's id, an underscore, the post's own.</summary>
    public static string PostId(string pageId, DateTimeOffset now) => pageId + "_" + NewId(now);

    /// <summary>The page id part of a <c>{page-id}_{post-id}</c> post id.</summary>
    public static string? PageIdOf(string postId) => postId.IndexOf('_', StringComparison.Ordinal) is > 0 and var i ? postId[..i] : null;
}
