using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Errors;
using Pikar.Features;
using Pikar.Paging;
using Pikar.TenantManagement.Tenants;

namespace Pikar.TenantManagement.Editions;

internal sealed class EditionService(PikarDbContext db, IFeatureValueCleaner featureValues)
{
    public static readonly SortMap<Edition> Sorting = new SortMap<Edition>("name")
        .Add("name", e => e.NormalizedName)
        .Add("displayName", e => e.DisplayName)
        .Add("creationTime", e => e.CreationTime);

    public async Task<PagedResult<EditionDto>> GetListAsync(GetEditionsInput input, CancellationToken ct)
    {
        var query = db.Set<Edition>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = $"%{input.Filter.Trim()}%";
            query = query.Where(e => EF.Functions.ILike(e.Name, filter) || EF.Functions.ILike(e.DisplayName, filter));
        }

        var total = await query.LongCountAsync(ct);
        var items = await Project(Sorting.Apply(query, input.Sorting, e => e.Id).Skip(input.Skip).Take(input.Take)).ToListAsync(ct);
        return new PagedResult<EditionDto>(total, items);
    }

    public async Task<EditionDto> GetAsync(Guid id, CancellationToken ct) =>
        await Project(db.Set<Edition>().AsNoTracking().Where(e => e.Id == id)).SingleOrDefaultAsync(ct)
        ?? throw new EntityNotFoundException(typeof(Edition), id);

    public async Task<EditionDto> CreateAsync(CreateEditionInput input, CancellationToken ct)
    {
        await EnsureNameIsFreeAsync(input.Name, null, ct);
        var edition = new Edition(input.Name, string.IsNullOrWhiteSpace(input.DisplayName) ? input.Name : input.DisplayName.Trim());
        db.Add(edition);
        await db.SaveChangesAsync(ct);
        return await GetAsync(edition.Id, ct);
    }

    public async Task<EditionDto> UpdateAsync(Guid id, UpdateEditionInput input, CancellationToken ct)
    {
        var edition = await db.Set<Edition>().SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw new EntityNotFoundException(typeof(Edition), id);
        await EnsureNameIsFreeAsync(input.Name, id, ct);
        ConcurrencyStamps.EnsureCurrent(edition.ConcurrencyStamp, input.ConcurrencyStamp);
        edition.Rename(input.Name);
        edition.DisplayName = string.IsNullOrWhiteSpace(input.DisplayName) ? edition.Name : input.DisplayName.Trim();
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var edition = await db.Set<Edition>().SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw new EntityNotFoundException(typeof(Edition), id);
        if (await db.Set<Tenant>().AnyAsync(t => t.EditionId == id, ct))
        {
            throw new BusinessException(TenantManagementErrorCodes.EditionInUse,
                $"The edition '{edition.Name}' is used by tenants; move them to another edition first.", StatusCodes.Status409Conflict);
        }

        await db.InTransactionAsync(async () =>
        {
            db.Remove(edition);
            await db.SaveChangesAsync(ct);
            await featureValues.EditionDeletedAsync(id, ct);
            return true;
        }, ct);
    }

    public Task<Edition?> FindByNameAsync(string name, CancellationToken ct)
    {
        var normalized = name.Trim().ToUpperInvariant();
        return db.Set<Edition>().SingleOrDefaultAsync(e => e.NormalizedName == normalized, ct);
    }

    private async Task EnsureNameIsFreeAsync(string name, Guid? exceptId, CancellationToken ct)
    {
        var normalized = name.Trim().ToUpperInvariant();
        if (await db.Set<Edition>().AnyAsync(e => e.NormalizedName == normalized && e.Id != exceptId, ct))
        {
            throw new BusinessException(TenantManagementErrorCodes.DuplicateEditionName, $"An edition named '{name}' already exists.", StatusCodes.Status409Conflict, field: "name");
        }
    }

    private IQueryable<EditionDto> Project(IQueryable<Edition> editions) => editions.Select(e => new EditionDto(
        e.Id, e.Name, e.DisplayName, db.Set<Tenant>().Count(t => t.EditionId == e.Id), e.CreationTime, e.ConcurrencyStamp));
}
