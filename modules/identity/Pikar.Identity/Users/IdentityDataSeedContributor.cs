using Microsoft.AspNetCore.Identity;
using Pikar.Authorization;
using Pikar.Seeding;

namespace Pikar.Identity.Users;

/// <summary>
/// Gives the host and every new tenant its static <c>admin</c> role and <c>admin</c> user; the
/// demo tenants also get a <c>staff</c> role with two staff members.
/// </summary>
internal sealed class IdentityDataSeedContributor(UserManager<User> users, RoleManager<Role> roles) : IDataSeedContributor
{
    public const string AdminUserName = "admin";
    public const string StaffRoleName = "staff";

    private static readonly Dictionary<string, string> TenantCreationFields = new()
    {
        ["password"] = "adminPassword",
        ["email"] = "adminEmailAddress",
        ["userName"] = "adminEmailAddress",
    };

    private static readonly (string UserName, string Name, string Surname)[] DemoStaff =
    [
        ("alex", "Alex", "Morgan"),
        ("sam", "Sam", "Rivera"),
    ];

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        await EnsureRoleAsync(PikarRoles.Admin, isStatic: true, isDefault: false);
        var password = context[DataSeedContext.AdminPasswordProperty];
        var email = context[DataSeedContext.AdminEmailProperty] ?? "admin@pikar.local";
        if (password is null && context.TenantId is not null)
        {
            return; // Re-seeding an existing tenant: its admin was created with the tenant and may have been changed since.
        }

        password ??= DataSeedContext.DefaultAdminPassword;
        await EnsureUserAsync(AdminUserName, email, password, "Administrator", null, PikarRoles.Admin);

        if (context.IncludeDemoData && context.TenantId is not null)
        {
            await EnsureRoleAsync(StaffRoleName, isStatic: false, isDefault: true);
            var domain = email.Split('@').Last();
            foreach (var (userName, name, surname) in DemoStaff)
            {
                await EnsureUserAsync(userName, $"{userName}@{domain}", password, name, surname, StaffRoleName);
            }
        }
    }

    private async Task EnsureRoleAsync(string name, bool isStatic, bool isDefault)
    {
        if (await roles.FindByNameAsync(name) is null)
        {
            (await roles.CreateAsync(new Role { Name = name, IsStatic = isStatic, IsDefault = isDefault, IsPublic = true }))
                .EnsureSucceeded(TenantCreationFields);
        }
    }

    private async Task EnsureUserAsync(string userName, string email, string password, string? name, string? surname, string role)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new User { UserName = userName, Email = email, EmailConfirmed = true, Name = name, Surname = surname };
        (await users.CreateAsync(user, password)).EnsureSucceeded(TenantCreationFields);
        (await users.AddToRoleAsync(user, role)).EnsureSucceeded(TenantCreationFields);
    }
}
