using Pikar.Caching;

namespace Pikar.PermissionManagement.Grants;

/// <summary>The names granted to one user with their roles, dropped in every host when any grant changes.</summary>
internal sealed class PermissionGrantCache() : InvalidatableCache<string, IReadOnlySet<string>>(CacheTopic)
{
    public const string CacheTopic = "permissions";
}
