using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Errors;
using Pikar.MultiTenancy;
using Pikar.Paging;
using Pikar.Seeding;
using Pikar.TenantManagement.Editions;

namespace Pikar.TenantManagement.Tenants;

internal sealed class TenantService(PikarDbContext db, EditionService editions, IDataSeeder seeder, ITenantStore tenantStore)
{
    public static readonly SortMap<Tenant> Sorting = new SortMap<Tenant>("name")
        .Add("name", t => t.NormalizedName)
        .Add("isActive", t => t.IsActive)
        .Add("creationTime", t => t.CreationTime);

    public async Task<PagedResult<TenantDto>> GetListAsync(GetTenantsInput input, CancellationToken ct)
    {
        var query = db.Set<Tenant>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = $"%{input.Filter.Trim()}%";
            query = query.Where(t => EF.Functions.ILike(t.Name, filter));
        }

        var total = await query.LongCountAsync(ct);
        var items = await Project(Sorting.Apply(query, input.Sorting, t => t.Id).Skip(input.Skip).Take(input.Take)).ToListAsync(ct);
        return new PagedResult<TenantDto>(total, items);
    }

    public async Task<TenantDto> GetAsync(Guid id, CancellationToken ct) =>
        await Project(db.Set<Tenant>().AsNoTracking().Where(t => t.Id == id)).SingleOrDefaultAsync(ct)
        ?? throw new EntityNotFoundException(typeof(Tenant), id);

    /// <summary>Creates the tenant with its admin role and user in one transaction: a failure leaves nothing behind.</summary>
    public async Task<TenantDto> CreateAsync(CreateTenantInput input, bool includeDemoData, CancellationToken ct)
    {
        await EnsureNameIsFreeAsync(input.Name, null, ct);
        var editionId = await FindEditionIdAsync(input.EditionName, ct);

        var tenantId = await db.InTransactionAsync(async () =>
        {
            var tenant = new Tenant(input.Name, editionId);
            db.Add(tenant);
            await db.SaveChangesAsync(ct);

            await seeder.SeedAsync(new DataSeedContext(tenant.Id)
            {
                IncludeDemoData = includeDemoData,
                Properties = new Dictionary<string, string?>
                {
                    [DataSeedContext.AdminEmailProperty] = input.AdminEmailAddress.Trim(),
                    [DataSeedContext.AdminPasswordProperty] = input.AdminPassword,
                },
            }, ct);
            return tenant.Id;
        }, ct);

        return await GetAsync(tenantId, ct);
    }

    public async Task<TenantDto> UpdateAsync(Guid id, UpdateTenantInput input, CancellationToken ct)
    {
        var tenant = await FindAsync(id, ct);
        await EnsureNameIsFreeAsync(input.Name, id, ct);
        ConcurrencyStamps.EnsureCurrent(tenant.ConcurrencyStamp, input.ConcurrencyStamp);
        tenant.Rename(input.Name);
        tenant.EditionId = await FindEditionIdAsync(input.EditionName, ct);
        tenant.IsActive = input.IsActive ?? tenant.IsActive;
        await db.SaveChangesAsync(ct);

        await tenantStore.InvalidateAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<TenantDto> SetActiveAsync(Guid id, bool isActive, CancellationToken ct)
    {
        var tenant = await FindAsync(id, ct);
        tenant.IsActive = isActive;
        await db.SaveChangesAsync(ct);
        await tenantStore.InvalidateAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var tenant = await FindAsync(id, ct);
        db.Remove(tenant);
        await db.SaveChangesAsync(ct);
        await tenantStore.InvalidateAsync(ct);
    }

    public async Task<IReadOnlyList<Guid>> GetAllIdsAsync(CancellationToken ct) =>
        await db.Set<Tenant>().OrderBy(t => t.CreationTime).Select(t => t.Id).ToListAsync(ct);

    public Task<bool> ExistsAsync(string name, CancellationToken ct)
    {
        var normalized = Tenant.Normalize(name);
        return db.Set<Tenant>().AnyAsync(t => t.NormalizedName == normalized, ct);
    }

    private async Task<Tenant> FindAsync(Guid id, CancellationToken ct) =>
        await db.Set<Tenant>().SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw new EntityNotFoundException(typeof(Tenant), id);

    private async Task<Guid?> FindEditionIdAsync(string? editionName, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(editionName))
        {
            return null;
        }

        var edition = await editions.FindByNameAsync(editionName, ct)
            ?? throw new InvalidInputException("editionName", $"There is no edition named '{editionName}'.");
        return edition.Id;
    }

    private async Task EnsureNameIsFreeAsync(string name, Guid? exceptId, CancellationToken ct)
    {
        var normalized = Tenant.Normalize(name);
        if (await db.Set<Tenant>().AnyAsync(t => t.NormalizedName == normalized && t.Id != exceptId, ct))
        {
            throw new BusinessException(TenantManagementErrorCodes.DuplicateTenantName,
                $"A tenant named '{name.Trim()}' already exists.", StatusCodes.Status409Conflict, field: "name");
        }
    }

    private IQueryable<TenantDto> Project(IQueryable<Tenant> tenants) =>
        from tenant in tenants
        join edition in db.Set<Edition>() on tenant.EditionId equals edition.Id into matches
        from edition in matches.DefaultIfEmpty()
        select new TenantDto(tenant.Id, tenant.Name, tenant.EditionId, edition == null ? null : edition.Name,
            tenant.IsActive, tenant.CreationTime, tenant.ConcurrencyStamp);
}
