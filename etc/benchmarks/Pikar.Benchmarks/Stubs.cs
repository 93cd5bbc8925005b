using Pikar.MultiTenancy;
using Pikar.Users;

namespace Pikar.Benchmarks;

internal sealed class FixedTenantStore(TenantInfo tenant) : ITenantStore
{
    public Task<TenantInfo?> FindAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<TenantInfo?>(tenant);

    public Task<TenantInfo?> FindByNameAsync(string name, CancellationToken cancellationToken) => Task.FromResult<TenantInfo?>(tenant);

    public Task InvalidateAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal sealed class FixedUser(Guid id, params string[] roles) : ICurrentUser
{
    public bool IsAuthenticated => true;

    public Guid? Id => id;

    public string? UserName => "admin";

    public Guid? TenantId => null;

    public IReadOnlyList<string> Roles => roles;

    public bool IsInRole(string role) => roles.Contains(role);
}
