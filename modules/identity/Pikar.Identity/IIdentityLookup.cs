namespace Pikar.Identity;

/// <summary>What other modules may ask about the current tenant's users and roles.</summary>
public interface IIdentityLookup
{
    /// <summary>The role's name as stored (names are case-insensitive), or <c>null</c> when the tenant has no such role.</summary>
    Task<string?> FindRoleNameAsync(string roleName, CancellationToken cancellationToken);

    /// <summary>The user's role names, or <c>null</c> when the tenant has no such user.</summary>
    Task<IReadOnlyList<string>?> FindUserRoleNamesAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The id of the user with this user name, or <c>null</c> when the tenant has none.</summary>
    Task<Guid?> FindUserIdAsync(string userName, CancellationToken cancellationToken);
}
