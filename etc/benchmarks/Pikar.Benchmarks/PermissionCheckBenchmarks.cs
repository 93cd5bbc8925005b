using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Npgsql;
using Pikar.Authorization;
using Pikar.Data;
using Pikar.EntityFrameworkCore;
using Pikar.Identity;
using Pikar.MultiTenancy;
using Pikar.PermissionManagement.Grants;
using Pikar.Users;

namespace Pikar.Benchmarks;

/// <summary>
/// A permission check as the host runs it, against a real database (<c>PIKAR_BENCH_DATABASE</c>, the
/// owner connection string of a <c>./pikar bench</c> database): cold (the grants are loaded, through
/// row-level security) and with the grants cached.
/// </summary>
[MemoryDiagnoser]
public class PermissionCheckBenchmarks
{
    private ServiceProvider _services = null!;
    private IPermissionChecker _permissions = null!;
    private PermissionGrantCache _grants = null!;
    private ICurrentTenant _currentTenant = null!;
    private Guid _tenantId;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var owner = Environment.GetEnvironmentVariable("PIKAR_BENCH_DATABASE")
            ?? throw new InvalidOperationException("Set PIKAR_BENCH_DATABASE to the owner connection string of a ./pikar bench database.");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:Default", owner)]).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddPikar(configuration, new HostingEnvironment { EnvironmentName = Environments.Production }, PikarModuleList.All());
        services.AddPikarDbContext(PikarConnectionStrings.App(configuration));
        services.AddSingleton<ICurrentUser>(await BenchAdminAsync(owner));
        _services = services.BuildServiceProvider();
        _permissions = _services.GetRequiredService<IPermissionChecker>();
        _grants = _services.GetRequiredService<PermissionGrantCache>();
        _currentTenant = _services.GetRequiredService<ICurrentTenant>();

        if (!await PermissionCheckCold())
        {
            throw new InvalidOperationException("bench01's admin should hold Identity.Users.Create.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "Permission check (cold: grants from the database)")]
    public async Task<bool> PermissionCheckCold()
    {
        _grants.Clear();
        return await CheckAsync();
    }

    [Benchmark(Description = "Permission check (grants cached, features from the database's cache)")]
    public Task<bool> PermissionCheckCached() => CheckAsync();

    private async Task<bool> CheckAsync()
    {
        using (_currentTenant.Change(_tenantId))
        {
            return await _permissions.IsGrantedAsync(IdentityPermissions.Users.Create, CancellationToken.None);
        }
    }

    private async Task<FixedUser> BenchAdminAsync(string owner)
    {
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT t.id, u.id FROM tenant_management.tenants t
            JOIN identity.users u ON u.tenant_id = t.id AND u.user_name = 'admin'
            WHERE t.name = 'bench01'
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException("The database has no tenant bench01: point PIKAR_BENCH_DATABASE at a ./pikar bench database.");
        }

        _tenantId = reader.GetGuid(0);
        return new FixedUser(reader.GetGuid(1), "admin");
    }
}
