using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.MultiTenancy;

namespace Pikar.TenantManagement.Editions;

internal sealed class EditionStore(PikarDbContext db) : IEditionStore
{
    public Task<EditionInfo?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Project(db.Set<Edition>().Where(e => e.Id == id)).SingleOrDefaultAsync(cancellationToken);

    public Task<EditionInfo?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var normalized = name.Trim().ToUpperInvariant();
        return Project(db.Set<Edition>().Where(e => e.NormalizedName == normalized)).SingleOrDefaultAsync(cancellationToken);
    }

    private static IQueryable<EditionInfo?> Project(IQueryable<Edition> editions) =>
        editions.AsNoTracking().Select(e => new EditionInfo(e.Id, e.Name, e.DisplayName));
}
