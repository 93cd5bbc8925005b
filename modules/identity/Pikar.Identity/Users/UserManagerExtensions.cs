using Microsoft.AspNetCore.Identity;

namespace Pikar.Identity.Users;

internal static class UserManagerExtensions
{
    /// <summary>Finds a user of the current tenant by user name, or by email when the value looks like one.</summary>
    public static async Task<User?> FindByNameOrEmailAsync(this UserManager<User> users, string? userNameOrEmail)
    {
        if (string.IsNullOrWhiteSpace(userNameOrEmail) || userNameOrEmail.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var byName = await users.FindByNameAsync(userNameOrEmail);
        return byName ?? (userNameOrEmail.Contains('@', StringComparison.Ordinal) ? await users.FindByEmailAsync(userNameOrEmail) : null);
    }
}
