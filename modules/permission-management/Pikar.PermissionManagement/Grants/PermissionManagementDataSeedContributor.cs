using Microsoft.EntityFrameworkCore;
using Pikar.Authorization;
using Pikar.Caching;
using Pikar.Data;
using Pikar.MultiTenancy;
using Pikar.Seeding;

namespace Pikar.PermissionManagement.Grants;

/// <summary>The <c>admin</c> role of the host and of every tenant holds every permission of its side.</summary>
internal sealed class PermissionManagementDataSeedContributor(PikarDbContext db, PermissionDefinitionManager definitions, ICacheInvalidator invalidator)
    : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        var side = context.TenantId is null ? MultiTenancySides.Host : MultiTenancySides.Tenant;
        var present = await db.Set<PermissionGrant>()
            .Where(g => g.ProviderName == PermissionProviders.Role && g.ProviderKey == PikarRoles.Admin)
            .Select(g => g.Name).ToListAsync(cancellationToken);
        var missing = definitions.All.Where(p => p.Side.HasFlag(side) && !present.Contains(p.Name)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        db.AddRange(missing.Select(p => new PermissionGrant(p.Name, PermissionProviders.Role, PikarRoles.Admin)));
        await db.SaveChangesAsync(cancellationToken);
        await invalidator.InvalidateAsync(PermissionGrantCache.CacheTopic, cancellationToken);
    }
}
