using Microsoft.EntityFrameworkCore;
using Pikar.Authorization;
using Pikar.Caching;
using Pikar.Data;
using Pikar.Errors;
using Pikar.Features;
using Pikar.Identity;
using Pikar.MultiTenancy;

namespace Pikar.PermissionManagement.Grants;

/// <summary>Shows and changes what a role (R) or a user (U) of the current tenant is granted.</summary>
internal sealed class PermissionManager(
    PikarDbContext db,
    PermissionDefinitionManager definitions,
    IFeatureChecker features,
    IIdentityLookup identity,
    ICurrentTenant currentTenant,
    ICacheInvalidator invalidator)
{
    private MultiTenancySides Side => currentTenant.IsAvailable ? MultiTenancySides.Tenant : MultiTenancySides.Host;

    public async Task<GetPermissionListResultDto> GetAsync(PermissionProviderInput provider, CancellationToken ct)
    {
        var (name, key, userRoles) = await ValidateProviderAsync(provider, ct);
        var grants = await GrantsOfAsync(name, key, userRoles, ct);
        var featureValues = await features.GetAllAsync(ct);

        PermissionGrantInfoDto ToDto(PermissionDefinition permission)
        {
            var available = IsAvailable(permission, featureValues);
            var grantedBy = grants.Where(g => g.Name == permission.Name).Select(g => new ProviderInfoDto(g.ProviderName, g.ProviderKey)).ToList();
            return new PermissionGrantInfoDto(permission.Name, permission.DisplayName, permission.Parent?.Name,
                available && grantedBy.Count > 0, available, PermissionProviders.All, grantedBy);
        }

        var groups = definitions.Groups
            .Select(g => new PermissionGroupDto(g.Name, g.DisplayName, g.AllPermissions().Where(p => p.Side.HasFlag(Side)).Select(ToDto).ToList()))
            .Where(g => g.Permissions.Count > 0)
            .ToList();
        return new GetPermissionListResultDto(name == PermissionProviders.Role ? $"Role {key}" : $"User {key}", groups);
    }

    public async Task UpdateAsync(PermissionProviderInput provider, UpdatePermissionsInput input, CancellationToken ct)
    {
        var (name, key, _) = await ValidateProviderAsync(provider, ct);
        var stored = await db.Set<PermissionGrant>().Where(g => g.ProviderName == name && g.ProviderKey == key).ToListAsync(ct);
        var granted = stored.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var change in input.Permissions)
        {
            if (change.IsGranted)
            {
                granted.Add(change.Name);
            }
            else
            {
                granted.Remove(change.Name);
            }
        }

        await ValidateAsync(input, granted, ct);

        db.RemoveRange(stored.Where(g => !granted.Contains(g.Name)));
        db.AddRange(granted.Where(n => stored.All(g => g.Name != n)).Select(n => new PermissionGrant(n, name, key)));
        await db.SaveChangesAsync(ct);
        await invalidator.InvalidateAsync(PermissionGrantCache.CacheTopic, ct);
    }

    private async Task ValidateAsync(UpdatePermissionsInput input, HashSet<string> finallyGranted, CancellationToken ct)
    {
        var featureValues = await features.GetAllAsync(ct);
        var errors = new Dictionary<string, string[]>();
        foreach (var change in input.Permissions)
        {
            var permission = definitions.Find(change.Name);
            var error = permission switch
            {
                null => $"There is no permission named '{change.Name}'.",
                _ when !permission.Side.HasFlag(Side) => $"{change.Name} applies to the {(Side == MultiTenancySides.Host ? "tenants" : "host")} only.",
                _ when change.IsGranted && !IsAvailable(permission, featureValues) =>
                    $"{change.Name} needs the feature(s) {string.Join(", ", permission.RequiredFeatures)}, which are off for this tenant.",
                { Parent: { } parent } when change.IsGranted && !finallyGranted.Contains(parent.Name) =>
                    $"Grant {parent.Name} before its child {change.Name}.",
                _ => null,
            };
            if (error is not null)
            {
                errors[change.Name] = [error];
            }
        }

        var orphans = finallyGranted
            .Select(definitions.Find)
            .Where(p => p?.Parent is { } parent && !finallyGranted.Contains(parent.Name) && !errors.ContainsKey(p.Name))
            .ToList();
        foreach (var orphan in orphans)
        {
            errors[orphan!.Name] = [$"Revoking {orphan.Parent!.Name} also needs its child {orphan.Name} revoked."];
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }

    private async Task<List<PermissionGrant>> GrantsOfAsync(string name, string key, IReadOnlyList<string>? userRoles, CancellationToken ct)
    {
        var roles = userRoles?.ToArray() ?? [];
        return await db.Set<PermissionGrant>().AsNoTracking()
            .Where(g => (g.ProviderName == name && g.ProviderKey == key)
                || (name == PermissionProviders.User && g.ProviderName == PermissionProviders.Role && roles.Contains(g.ProviderKey)))
            .ToListAsync(ct);
    }

    private async Task<(string Name, string Key, IReadOnlyList<string>? UserRoles)> ValidateProviderAsync(PermissionProviderInput provider, CancellationToken ct)
    {
        var key = provider.ProviderKey?.Trim() ?? "";
        switch (provider.ProviderName)
        {
            case PermissionProviders.Role:
                var roleName = key.Length == 0 ? null : await identity.FindRoleNameAsync(key, ct);
                return roleName is null
                    ? throw new InvalidInputException("providerKey", $"There is no role named '{key}'.")
                    : (PermissionProviders.Role, roleName, null);
            case PermissionProviders.User:
                var roles = Guid.TryParse(key, out var userId) ? await identity.FindUserRoleNamesAsync(userId, ct) : null;
                if (roles is null)
                {
                    throw new InvalidInputException("providerKey", $"There is no user with id '{key}'.");
                }

                return (PermissionProviders.User, userId.ToString(), roles);
            default:
                throw new InvalidInputException("providerName", "The provider must be 'R' (role) or 'U' (user).");
        }
    }

    private static bool IsAvailable(PermissionDefinition permission, IReadOnlyDictionary<string, string> featureValues) =>
        permission.RequiredFeatures.All(f => bool.TryParse(featureValues.GetValueOrDefault(f), out var on) && on);
}
