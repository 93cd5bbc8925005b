using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Authorization;
using Pikar.Data;
using Pikar.Features;
using Pikar.MultiTenancy;
using Pikar.Users;

namespace Pikar.PermissionManagement.Grants;

/// <summary>
/// Loads everything a user holds (their own grants and their roles') in one query, caches it, and
/// grants a permission only on its side (host or tenant) and while every feature it needs is on.
/// </summary>
internal sealed class PermissionChecker(
    PermissionDefinitionManager definitions,
    PermissionGrantCache cache,
    IFeatureChecker features,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IServiceScopeFactory scopes,
    IHttpContextAccessor httpContextAccessor) : IPermissionChecker
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    public async Task<bool> IsGrantedAsync(string permissionName, CancellationToken cancellationToken) =>
        (await GetGrantedAsync(cancellationToken)).Contains(permissionName);

    public async Task<IReadOnlySet<string>> GetGrantedAsync(CancellationToken cancellationToken)
    {
        if (currentUser.Id is not { } userId)
        {
            return None;
        }

        // An endpoint checks several policies; within one request the answer is worked out once.
        var items = httpContextAccessor.HttpContext?.Items;
        var memoKey = (typeof(PermissionChecker), currentTenant.Id, userId);
        if (items?.TryGetValue(memoKey, out var memo) == true && memo is IReadOnlySet<string> granted)
        {
            return granted;
        }

        var stored = await LoadStoredAsync(userId, currentUser.Roles, cancellationToken);
        var side = currentTenant.IsAvailable ? MultiTenancySides.Tenant : MultiTenancySides.Host;
        var featureValues = await features.GetAllAsync(cancellationToken);
        granted = definitions.All
            .Where(p => stored.Contains(p.Name) && p.Side.HasFlag(side) && p.RequiredFeatures.All(f => IsOn(featureValues, f)))
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);
        if (items is not null)
        {
            items[memoKey] = granted;
        }

        return granted;
    }

    private Task<IReadOnlySet<string>> LoadStoredAsync(Guid userId, IReadOnlyList<string> roles, CancellationToken ct)
    {
        var key = $"{currentTenant.Id}|{userId}|{string.Join(',', roles.Order(StringComparer.Ordinal))}";
        var user = userId.ToString();
        var roleNames = roles.ToArray();
        return cache.GetOrAddAsync(key, async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
            var names = await db.Set<PermissionGrant>().AsNoTracking()
                .Where(g => (g.ProviderName == PermissionProviders.User && g.ProviderKey == user)
                    || (g.ProviderName == PermissionProviders.Role && roleNames.Contains(g.ProviderKey)))
                .Select(g => g.Name)
                .Distinct()
                .ToListAsync(ct);
            return names.ToHashSet(StringComparer.Ordinal);
        });
    }

    private static bool IsOn(IReadOnlyDictionary<string, string> featureValues, string feature) =>
        bool.TryParse(featureValues.GetValueOrDefault(feature), out var on) && on;
}
