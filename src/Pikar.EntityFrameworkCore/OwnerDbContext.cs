using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.MultiTenancy;
using Pikar.Users;

namespace Pikar.EntityFrameworkCore;

/// <summary>A context on the owner's connection without the row-level-security session: for migrations and DDL only.</summary>
internal static class OwnerDbContext
{
    public static PikarDbContext Create(string connectionString)
    {
        var options = (DbContextOptions<PikarDbContext>)new DbContextOptionsBuilder<PikarDbContext>()
            .UsePikarModel(o => o.UseNpgsql(connectionString, DataServiceCollectionExtensions.ConfigureNpgsql))
            .Options;
        return new PikarDbContext(options, PikarModuleList.All(), new NoTenant(), new NoUser(), TimeProvider.System);
    }

    private sealed class NoTenant : ICurrentTenant
    {
        public Guid? Id => null;

        public string? Name => null;

        public bool IsAvailable => false;

        public IDisposable Change(Guid? id, string? name = null) =>
            throw new InvalidOperationException("The owner context is for schema changes only.");
    }

    private sealed class NoUser : ICurrentUser
    {
        public bool IsAuthenticated => false;

        public Guid? Id => null;

        public string? UserName => null;

        public Guid? TenantId => null;

        public IReadOnlyList<string> Roles => [];

        public bool IsInRole(string role) => false;
    }
}
