using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Pikar.Users;

internal sealed class CurrentUser(IHttpContextAccessor httpContextAccessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => httpContextAccessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(Find(PikarClaimTypes.UserId) ?? Find(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => Find(PikarClaimTypes.UserName) ?? Find(ClaimTypes.Name);

    public Guid? TenantId => Guid.TryParse(Find(PikarClaimTypes.TenantId), out var id) ? id : null;

    public IReadOnlyList<string> Roles =>
        Principal?.Claims.Where(c => c.Type is PikarClaimTypes.Role or ClaimTypes.Role).Select(c => c.Value).Distinct().ToArray() ?? [];

    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.OrdinalIgnoreCase);

    private string? Find(string type) => IsAuthenticated ? Principal!.FindFirst(type)?.Value : null;
}
