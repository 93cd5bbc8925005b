using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pikar.Errors;
using Pikar.Users;

namespace Pikar.MultiTenancy;

/// <summary>
/// Sets the current tenant for the request, first match wins: the principal's <c>tenantid</c>
/// claim, the <c>__tenant</c> header (name or id), the sub-domain of <c>Pikar:TenantDomain</c>.
/// An unknown or inactive tenant is refused; it never falls back to the host side.
/// </summary>
internal sealed class TenantResolutionMiddleware(
    RequestDelegate next,
    ICurrentTenant currentTenant,
    ITenantStore tenantStore,
    IOptions<MultiTenancyOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var tenant = await ResolveAsync(context);
        using (currentTenant.Change(tenant?.Id, tenant?.Name))
        {
            await next(context);
        }
    }

    private async Task<TenantInfo?> ResolveAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        if (context.User.FindFirst(PikarClaimTypes.TenantId)?.Value is { Length: > 0 } claim)
        {
            return EnsureActive(Guid.TryParse(claim, out var id) ? await tenantStore.FindAsync(id, ct) : null, claim);
        }

        var key = TenantKeyFromRequest(context.Request);
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var tenant = Guid.TryParse(key, out var tenantId)
            ? await tenantStore.FindAsync(tenantId, ct)
            : await tenantStore.FindByNameAsync(key, ct);
        return EnsureActive(tenant, key);
    }

    private string? TenantKeyFromRequest(HttpRequest request)
    {
        if (request.Headers.TryGetValue(MultiTenancyConstants.TenantKey, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }

        var domain = options.Value.TenantDomain;
        if (!string.IsNullOrEmpty(domain) && request.Host.Host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase))
        {
            return request.Host.Host[..^(domain.Length + 1)];
        }

        return null;
    }

    private static TenantInfo EnsureActive(TenantInfo? tenant, string key)
    {
        if (tenant is null)
        {
            throw new BusinessException(ErrorCodes.TenantNotFound, $"There is no tenant '{key}'.", StatusCodes.Status404NotFound);
        }

        if (!tenant.IsActive)
        {
            throw new BusinessException(ErrorCodes.TenantInactive, $"The tenant '{tenant.Name}' is not active.", StatusCodes.Status403Forbidden);
        }

        return tenant;
    }
}
