using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Pikar.Data;

namespace Pikar.Identity.Users;

internal sealed class UserStore(PikarDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<User, Role, PikarDbContext, Guid, UserClaim, UserRole, UserLogin, UserToken, RoleClaim>(context, describer);

internal sealed class RoleStore(PikarDbContext context, IdentityErrorDescriber? describer = null)
    : RoleStore<Role, PikarDbContext, Guid, UserRole, RoleClaim>(context, describer);
