using Microsoft.AspNetCore.Identity;
using Pikar.Domain;
using Pikar.MultiTenancy;

namespace Pikar.Identity.Users;

/// <summary>A user of one tenant (or of the host when <see cref="TenantId"/> is null).</summary>
internal sealed class User : IdentityUser<Guid>, IMultiTenant, IAuditedEntity
{
    public User()
    {
        Id = Guid.CreateVersion7();
    }

    public Guid? TenantId { get; set; }

    public string? Name { get; set; }

    public string? Surname { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreationTime { get; set; }

    public Guid? CreatorId { get; set; }

    public DateTimeOffset? LastModificationTime { get; set; }

    public Guid? LastModifierId { get; set; }
}

internal sealed class Role : IdentityRole<Guid>, IMultiTenant
{
    public Role()
    {
        Id = Guid.CreateVersion7();
    }

    public Guid? TenantId { get; set; }

    /// <summary>Given to new users automatically.</summary>
    public bool IsDefault { get; set; }

    /// <summary>Created by the system (the <c>admin</c> role): cannot be renamed or deleted.</summary>
    public bool IsStatic { get; set; }

    /// <summary>Visible to other users (e.g. as a team), not only to administrators.</summary>
    public bool IsPublic { get; set; }
}

internal sealed class UserRole : IdentityUserRole<Guid>, IMultiTenant
{
    public Guid? TenantId { get; set; }
}

internal sealed class UserClaim : IdentityUserClaim<Guid>, IMultiTenant
{
    public Guid? TenantId { get; set; }
}

internal sealed class UserLogin : IdentityUserLogin<Guid>, IMultiTenant
{
    public Guid? TenantId { get; set; }
}

internal sealed class UserToken : IdentityUserToken<Guid>, IMultiTenant
{
    public Guid? TenantId { get; set; }
}

internal sealed class RoleClaim : IdentityRoleClaim<Guid>, IMultiTenant
{
    public Guid? TenantId { get; set; }
}
