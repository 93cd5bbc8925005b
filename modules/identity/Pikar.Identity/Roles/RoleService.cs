using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pikar.Authorization;
using Pikar.Data;
using Pikar.Errors;
using Pikar.Identity.Users;
using Pikar.Paging;

namespace Pikar.Identity.Roles;

internal sealed class RoleService(PikarDbContext db, RoleManager<Role> roleManager, IPermissionGrantCleaner grants)
{
    public static readonly SortMap<Role> Sorting = new SortMap<Role>("name")
        .Add("name", r => r.NormalizedName);

    public async Task<PagedResult<IdentityRoleDto>> GetListAsync(GetRolesInput input, CancellationToken ct)
    {
        var query = db.Set<Role>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = $"%{input.Filter.Trim()}%";
            query = query.Where(r => EF.Functions.ILike(r.Name!, filter));
        }

        var total = await query.LongCountAsync(ct);
        var roles = await Sorting.Apply(query, input.Sorting, r => r.Id).Skip(input.Skip).Take(input.Take).ToListAsync(ct);
        return new PagedResult<IdentityRoleDto>(total, roles.Select(ToDto).ToList());
    }

    /// <summary>Every role of the tenant, for pickers (a tenant has few roles).</summary>
    public async Task<ListResult<IdentityRoleDto>> GetAllAsync(CancellationToken ct)
    {
        var roles = await db.Set<Role>().AsNoTracking().OrderBy(r => r.NormalizedName).Take(PagedAndSortedInput.MaxMaxResultCount).ToListAsync(ct);
        return new ListResult<IdentityRoleDto>(roles.Select(ToDto).ToList());
    }

    public async Task<IdentityRoleDto> GetAsync(Guid id, CancellationToken ct) => ToDto(await FindAsync(id, ct));

    public async Task<IdentityRoleDto> CreateAsync(CreateRoleInput input, CancellationToken ct)
    {
        var role = new Role { Name = input.Name.Trim(), IsDefault = input.IsDefault, IsPublic = input.IsPublic };
        (await roleManager.CreateAsync(role)).EnsureSucceeded();
        return ToDto(role);
    }

    public async Task<IdentityRoleDto> UpdateAsync(Guid id, UpdateRoleInput input, CancellationToken ct)
    {
        var role = await FindAsync(id, ct);
        var name = input.Name.Trim();
        if (role.IsStatic && !string.Equals(role.Name, name, StringComparison.Ordinal))
        {
            throw new BusinessException(IdentityErrorCodes.StaticRoleCannotChange, $"The role '{role.Name}' is built in and cannot be renamed.", field: "name");
        }

        ConcurrencyStamps.EnsureCurrent(role.ConcurrencyStamp, input.ConcurrencyStamp);

        var oldName = role.Name!;
        role.Name = name;
        role.IsDefault = input.IsDefault;
        role.IsPublic = input.IsPublic;
        await db.InTransactionAsync(async () =>
        {
            (await roleManager.UpdateAsync(role)).EnsureSucceeded();
            if (oldName != name)
            {
                await grants.RoleRenamedAsync(oldName, name, ct);
            }

            return true;
        }, ct);
        return ToDto(role);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var role = await FindAsync(id, ct);
        if (role.IsStatic)
        {
            throw new BusinessException(IdentityErrorCodes.StaticRoleCannotChange, $"The role '{role.Name}' is built in and cannot be deleted.");
        }

        await db.InTransactionAsync(async () =>
        {
            (await roleManager.DeleteAsync(role)).EnsureSucceeded();
            await grants.RoleDeletedAsync(role.Name!, ct);
            return true;
        }, ct);
    }

    internal static IdentityRoleDto ToDto(Role role) =>
        new(role.Id, role.Name ?? "", role.IsDefault, role.IsStatic, role.IsPublic, role.ConcurrencyStamp);

    private async Task<Role> FindAsync(Guid id, CancellationToken ct) =>
        await db.Set<Role>().SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new EntityNotFoundException(typeof(Role), id);
}
