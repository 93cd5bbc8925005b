using Microsoft.EntityFrameworkCore;
using Pikar.Data;

namespace Pikar.Identity.Users;

internal sealed class IdentityLookup(PikarDbContext db) : IIdentityLookup
{
    public Task<string?> FindRoleNameAsync(string roleName, CancellationToken cancellationToken)
    {
        var normalized = roleName.Trim().ToUpperInvariant();
        return db.Set<Role>().Where(r => r.NormalizedName == normalized).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>?> FindUserRoleNamesAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!await db.Set<User>().AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return null;
        }

        return await (
            from userRole in db.Set<UserRole>()
            join role in db.Set<Role>() on userRole.RoleId equals role.Id
            where userRole.UserId == userId
            select role.Name!).ToListAsync(cancellationToken);
    }

    public Task<Guid?> FindUserIdAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = userName.Trim().ToUpperInvariant();
        return db.Set<User>().Where(u => u.NormalizedUserName == normalized).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
    }
}
