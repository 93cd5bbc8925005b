namespace Pikar.Integrations.Providers.LinkedIn;

/// <summary>
/// What Pikar asks LinkedIn for (Community Management API): the pages the member administers and their
/// statistics (rw_organization_admin), reading their posts and social actions (r_organization_social) and posting
/// as them (w_organization_social). No member profile scope: Pikar never reads the member.
/// </summary>
internal static class LinkedInScopes
{
    public static readonly IReadOnlyList<string> Requested = ["r_organization_social", "w_organization_social", "rw_organization_admin"];
}
