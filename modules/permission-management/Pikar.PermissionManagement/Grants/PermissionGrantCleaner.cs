using Microsoft.EntityFrameworkCore;
using Pikar.Authorization;
using Pikar.Caching;
using Pikar.Data;

namespace Pikar.PermissionManagement.Grants;

internal sealed class PermissionGrantCleaner(PikarDbContext db, ICacheInvalidator invalidator) : IPermissionGrantCleaner
{
    public async Task RoleRenamedAsync(string oldName, string newName, CancellationToken cancellationToken)
    {
        await db.Set<PermissionGrant>()
            .Where(g => g.ProviderName == PermissionProviders.Role && g.ProviderKey == oldName)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.ProviderKey, newName), cancellationToken);
        await invalidator.InvalidateAsync(PermissionGrantCache.CacheTopic, cancellationToken);
    }

    public Task RoleDeletedAsync(string name, CancellationToken cancellationToken) =>
        DeleteAsync(PermissionProviders.Role, name, cancellationToken);

    public Task UserDeletedAsync(Guid userId, CancellationToken cancellationToken) =>
        DeleteAsync(PermissionProviders.User, userId.ToString(), cancellationToken);

    private async Task DeleteAsync(string providerName, string providerKey, CancellationToken ct)
    {
        await db.Set<PermissionGrant>().Where(g => g.ProviderName == providerName && g.ProviderKey == providerKey).ExecuteDeleteAsync(ct);
        await invalidator.InvalidateAsync(PermissionGrantCache.CacheTopic, ct);
    }
}
