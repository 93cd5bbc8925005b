using Microsoft.AspNetCore.Authorization;

namespace Pikar.Authorization;

internal sealed class PermissionAuthorizationHandler(IPermissionChecker permissionChecker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await permissionChecker.IsGrantedAsync(requirement.PermissionName, CancellationToken.None))
        {
            context.Succeed(requirement);
        }
    }
}
