using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Pikar.Data;

namespace Pikar.Integrations.Sandbox.LinkedIn;

/// <summary>
/// The LinkedIn sandbox's members and organization pages, kept in the shared sandbox tables without one of
/// their own. Every member administers exactly one page: the <see cref="SandboxAccount"/> whose handle is the
/// member's handle + <see cref="OrganizationSuffix"/> (member handles have no '-', so the two never collide),
/// with the page's numeric id as its provider id. A member's id is an opaque person id, as on LinkedIn.
/// </summary>
internal static class LinkedInSandboxDirectory
{
    public const string Provider = IntegrationProviders.LinkedIn;
    public const string OrganizationSuffix = "-org";
    public const string OrganizationUrnPrefix = "urn:li:organization:";
    public const string ShareUrnPrefix = "urn:li:share:";

    public static string OrganizationUrn(SandboxAccount organization) => OrganizationUrnPrefix + organization.ProviderAccountId;

    public static string PersonUrn(SandboxAccount member) => "urn:li:person:" + member.ProviderAccountId;

    /// <summary>A member handle has 1 to 30 letters, digits or underscores.</summary>
    public const int MaxHandleLength = 30;

    /// <summary>The member with this handle and the page they administer, both created (the page named <paramref name="organizationName"/>) if new.</summary>
    public static async Task<(SandboxAccount Member, SandboxAccount Organization)> EnsureMemberAsync(
        PikarDbContext db, string handle, string organizationName, DateTimeOffset creationTime, CancellationToken ct)
    {
        var member = await db.Set<SandboxAccount>().SingleOrDefaultAsync(a => a.Provider == Provider && a.Handle == handle, ct);
        if (member is null)
        {
            member = new SandboxAccount { Provider = Provider, ProviderAccountId = PersonId(), Handle = handle, Name = handle.Replace('_', ' '), CreationTime = creationTime };
            db.Add(member);
        }

        var organizationHandle = handle + OrganizationSuffix;
        var organization = await db.Set<SandboxAccount>().SingleOrDefaultAsync(a => a.Provider == Provider && a.Handle == organizationHandle, ct);
        if (organization is null)
        {
            organization = new SandboxAccount
            {
                Provider = Provider,
                ProviderAccountId = RandomNumberGenerator.GetInt32(10_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture),
                Handle = organizationHandle,
                Name = organizationName,
                CreationTime = creationTime,
            };
            db.Add(organization);
        }

        await db.SaveChangesAsync(ct);
        return (member, organization);
    }

    /// <summary>The page the member administers (null for a page's own row).</summary>
    public static Task<SandboxAccount?> OrganizationOfAsync(PikarDbContext db, SandboxAccount member, CancellationToken ct)
    {
        var handle = member.Handle + OrganizationSuffix;
        return db.Set<SandboxAccount>().SingleOrDefaultAsync(a => a.Provider == Provider && a.Handle == handle, ct);
    }

    /// <summary>The page behind an organization URN, when the member administers it.</summary>
    public static async Task<SandboxAccount?> AdministeredAsync(PikarDbContext db, SandboxAccount member, string? organizationUrn, CancellationToken ct) =>
        await OrganizationOfAsync(db, member, ct) is { } organization && organizationUrn == OrganizationUrn(organization) ? organization : null;

    /// <summary>The member administering a page.</summary>
    public static Task<SandboxAccount?> AdministratorOfAsync(PikarDbContext db, SandboxAccount organization, CancellationToken ct)
    {
        var handle = organization.Handle[..^OrganizationSuffix.Length];
        return db.Set<SandboxAccount>().SingleOrDefaultAsync(a => a.Provider == Provider && a.Handle == handle, ct);
    }

    /// <summary>A share id like LinkedIn's: time-ordered, with random low bits.</summary>
    public static string NewShareUrn(DateTimeOffset at) =>
        ShareUrnPrefix + ((at.ToUnixTimeMilliseconds() << 22) + RandomNumberGenerator.GetInt32(1 << 22)).ToString(CultureInfo.InvariantCulture);

    private static string PersonId()
    {
        const string letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        // Starts with a letter, so a person id never looks like a page's numeric id.
        return RandomNumberGenerator.GetString(letters, 1) + RandomNumberGenerator.GetString(letters + "0123456789-_", 9);
    }
}
