using Hangfire.Dashboard;
using Pikar.Authorization;
using Pikar.MultiTenancy;

namespace Pikar.HttpApi.Host.Jobs;

/// <summary>Only the host's administrators (signed in with the cookie, no tenant) see the jobs dashboard.</summary>
internal sealed class HostAdminDashboardAuthorization : IDashboardAsyncAuthorizationFilter
{
    public Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var user = http.User;
        var isHostAdmin = user.Identity?.IsAuthenticated == true
            && !http.RequestServices.GetRequiredService<ICurrentTenant>().IsAvailable
            && user.Claims.Any(c => c.Type == Pikar.Users.PikarClaimTypes.Role && c.Value == PikarRoles.Admin);
        return Task.FromResult(isHostAdmin);
    }
}
