using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pikar.Authorization;
using Pikar.Data;
using Microsoft.AspNetCore.Http;
using Pikar.Errors;
using Pikar.Features;
using Pikar.MultiTenancy;
using Pikar.Identity.Roles;
using Pikar.Paging;
using Pikar.Users;

namespace Pikar.Identity.Users;

internal sealed class UserService(
    PikarDbContext db,
    UserManager<User> userManager,
    ICurrentUser currentUser,
    IPermissionGrantCleaner grants,
    IPermissionChecker permissions,
    IFeatureChecker features,
    ICurrentTenant currentTenant,
    TimeProvider clock)
{
    public Task<IdentityUserDto> CreateAsync(CreateUserInput input, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        await EnsureMayAssignRolesAsync(input.RoleNames, ct);
        await EnsureSeatAvailableAsync(ct);
        var user = new User
        {
            UserName = input.UserName.Trim(),
            Email = input.Email.Trim(),
            Name = input.Name?.Trim(),
            Surname = input.Surname?.Trim(),
            PhoneNumber = input.PhoneNumber?.Trim(),
            IsActive = input.IsActive ?? true,
            LockoutEnabled = input.LockoutEnabled ?? true,
        };
        (await userManager.CreateAsync(user, input.Password)).EnsureSucceeded();

        var roleNames = input.RoleNames ?? await db.Set<Role>().Where(r => r.IsDefault).Select(r => r.Name!).ToListAsync(ct);
        await SetRolesAsync(user, roleNames, ct);
        return ToDto(user);
    }, ct);

    public Task<IdentityUserDto> UpdateAsync(Guid id, UpdateUserInput input, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        await EnsureMayAssignRolesAsync(input.RoleNames, ct);
        var user = await FindAsync(id, ct);
        ConcurrencyStamps.EnsureCurrent(user.ConcurrencyStamp, input.ConcurrencyStamp);

        user.UserName = input.UserName.Trim();
        user.Email = input.Email.Trim();
        user.Name = input.Name?.Trim();
        user.Surname = input.Surname?.Trim();
        user.PhoneNumber = input.PhoneNumber?.Trim();
        user.IsActive = input.IsActive ?? user.IsActive;
        user.LockoutEnabled = input.LockoutEnabled ?? user.LockoutEnabled;
        (await userManager.UpdateAsync(user)).EnsureSucceeded();

        if (!string.IsNullOrEmpty(input.Password))
        {
            await ChangePasswordAsync(user, input.Password);
        }

        if (input.RoleNames is not null)
        {
            await SetRolesAsync(user, input.RoleNames, ct);
        }

        return ToDto(user);
    }, ct);

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var user = await FindAsync(id, ct);
        if (user.Id == currentUser.Id)
        {
            throw new BusinessException(IdentityErrorCodes.CannotDeleteYourself, "You cannot delete your own account.");
        }

        await db.InTransactionAsync(async () =>
        {
            (await userManager.DeleteAsync(user)).EnsureSucceeded();
            await grants.UserDeletedAsync(user.Id, ct);
            return true;
        }, ct);
    }

    public async Task<IdentityUserDto> LockAsync(Guid id, LockUserInput input, CancellationToken ct)
    {
        var user = await FindAsync(id, ct);
        if (user.Id == currentUser.Id)
        {
            throw new BusinessException(IdentityErrorCodes.CannotLockYourself, "You cannot lock your own account.");
        }

        user.LockoutEnabled = true;
        user.LockoutEnd = input.LockoutEnd ?? DateTimeOffset.MaxValue;
        (await userManager.UpdateSecurityStampAsync(user)).EnsureSucceeded();
        return ToDto(user);
    }

    public async Task<IdentityUserDto> UnlockAsync(Guid id, CancellationToken ct)
    {
        var user = await FindAsync(id, ct);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        (await userManager.UpdateAsync(user)).EnsureSucceeded();
        return ToDto(user);
    }

    public Task UpdateRolesAsync(Guid id, UpdateUserRolesInput input, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var user = await FindAsync(id, ct);
        await SetRolesAsync(user, input.RoleNames, ct);
        return true;
    }, ct);

    /// <summary>A tenant may have at most <see cref="PlatformFeatures.MaxUsers"/> users (0: no limit); the host has no limit.</summary>
    private async Task EnsureSeatAvailableAsync(CancellationToken ct)
    {
        if (!currentTenant.IsAvailable)
        {
            return;
        }

        var limit = await features.GetLimitAsync(PlatformFeatures.MaxUsers, ct);
        if (limit > 0 && await db.Set<User>().CountAsync(ct) >= limit)
        {
            throw new BusinessException(IdentityErrorCodes.MaxUsersReached,
                $"This tenant's plan allows {limit} users; remove a user or upgrade the edition to add more.");
        }
    }

    /// <summary>Naming roles on create or update is assigning them: it takes the same permission as the roles endpoint.</summary>
    private async Task EnsureMayAssignRolesAsync(IReadOnlyList<string>? roleNames, CancellationToken ct)
    {
        if (roleNames is not null && !await permissions.IsGrantedAsync(IdentityPermissions.Users.ManageRoles, ct))
        {
            throw new BusinessException(ErrorCodes.Forbidden,
                $"Assigning roles needs the permission {IdentityPermissions.Users.ManageRoles}; leave roleNames out.", StatusCodes.Status403Forbidden, "roleNames");
        }
    }

    private async Task SetRolesAsync(User user, IReadOnlyCollection<string> roleNames, CancellationToken ct)
    {
        var wanted = roleNames.Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var normalized = wanted.Select(n => n.ToUpperInvariant()).ToList();
        var known = await db.Set<Role>().Where(r => normalized.Contains(r.NormalizedName!)).Select(r => r.NormalizedName!).ToListAsync(ct);
        var unknown = wanted.Where(n => !known.Contains(n.ToUpperInvariant())).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidInputException("roleNames", $"There is no role named {string.Join(", ", unknown.Select(n => $"'{n}'"))}.");
        }

        var current = await userManager.GetRolesAsync(user);
        var toRemove = current.Where(c => !wanted.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        var toAdd = wanted.Where(w => !current.Contains(w, StringComparer.OrdinalIgnoreCase)).ToList();
        if (toRemove.Count > 0)
        {
            (await userManager.RemoveFromRolesAsync(user, toRemove)).EnsureSucceeded();
        }

        if (toAdd.Count > 0)
        {
            (await userManager.AddToRolesAsync(user, toAdd)).EnsureSucceeded();
        }
    }

    private async Task ChangePasswordAsync(User user, string password)
    {
        foreach (var validator in userManager.PasswordValidators)
        {
            (await validator.ValidateAsync(userManager, user, password)).EnsureSucceeded();
        }

        (await userManager.RemovePasswordAsync(user)).EnsureSucceeded();
        (await userManager.AddPasswordAsync(user, password)).EnsureSucceeded();
    }

    private async Task<User> FindAsync(Guid id, CancellationToken ct) =>
        await db.Set<User>().SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new EntityNotFoundException(typeof(User), id);

    private IdentityUserDto ToDto(User user) => UserQueries.ToDto(user, clock.GetUtcNow());
}
