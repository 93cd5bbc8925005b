using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Pikar.Users;

namespace Pikar.Identity.Users;

/// <summary>Adds the tenant and profile claims to the sign-in cookie.</summary>
internal sealed class PikarUserClaimsPrincipalFactory(
    UserManager<User> userManager,
    RoleManager<Role> roleManager,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<User, Role>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.TenantId is { } tenantId)
        {
            identity.AddClaim(new Claim(PikarClaimTypes.TenantId, tenantId.ToString()));
        }

        if (!string.IsNullOrEmpty(user.Name))
        {
            identity.AddClaim(new Claim(PikarClaimTypes.GivenName, user.Name));
        }

        if (!string.IsNullOrEmpty(user.Surname))
        {
            identity.AddClaim(new Claim(PikarClaimTypes.FamilyName, user.Surname));
        }

        return identity;
    }
}
