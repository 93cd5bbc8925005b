using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Errors;
using Pikar.Identity.Roles;
using Pikar.Paging;

namespace Pikar.Identity.Users;

/// <summary>The read side of users: plain queries, without the write side's user manager and its services.</summary>
internal sealed class UserQueries(PikarDbContext db, TimeProvider clock)
{
    public static readonly SortMap<User> Sorting = new SortMap<User>("userName")
        .Add("userName", u => u.NormalizedUserName)
        .Add("email", u => u.NormalizedEmail)
        .Add("name", u => u.Name)
        .Add("surname", u => u.Surname)
        .Add("isActive", u => u.IsActive)
        .Add("creationTime", u => u.CreationTime);

    public async Task<PagedResult<IdentityUserDto>> GetListAsync(GetUsersInput input, CancellationToken ct)
    {
        var query = db.Set<User>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = $"%{input.Filter.Trim()}%";
            query = query.Where(u => EF.Functions.ILike(u.UserName!, filter) || EF.Functions.ILike(u.Email!, filter)
                || EF.Functions.ILike(u.Name!, filter) || EF.Functions.ILike(u.Surname!, filter));
        }

        var now = clock.GetUtcNow();
        var total = await query.LongCountAsync(ct);
        var users = await Sorting.Apply(query, input.Sorting, u => u.Id).Skip(input.Skip).Take(input.Take).ToListAsync(ct);
        return new PagedResult<IdentityUserDto>(total, users.Select(u => ToDto(u, now)).ToList());
    }

    public async Task<IdentityUserDto> GetAsync(Guid id, CancellationToken ct) =>
        ToDto(await db.Set<User>().AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new EntityNotFoundException(typeof(User), id), clock.GetUtcNow());

    public async Task<ListResult<IdentityRoleDto>> GetRolesAsync(Guid id, CancellationToken ct)
    {
        if (!await db.Set<User>().AnyAsync(u => u.Id == id, ct))
        {
            throw new EntityNotFoundException(typeof(User), id);
        }

        var roles = await (
            from userRole in db.Set<UserRole>()
            join role in db.Set<Role>() on userRole.RoleId equals role.Id
            where userRole.UserId == id
            orderby role.NormalizedName
            select role).AsNoTracking().ToListAsync(ct);
        return new ListResult<IdentityRoleDto>(roles.Select(RoleService.ToDto).ToList());
    }

    public static IdentityUserDto ToDto(User user, DateTimeOffset now) => new(
        user.Id, user.TenantId, user.UserName ?? "", user.Email, user.Name, user.Surname, user.PhoneNumber, user.EmailConfirmed,
        user.IsActive, user.LockoutEnabled, user.LockoutEnd, user.LockoutEnd > now, user.AccessFailedCount,
        user.CreationTime, user.ConcurrencyStamp);
}
