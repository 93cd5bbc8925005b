using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Pikar.Data;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Identity.Users;
using Pikar.MultiTenancy;

namespace Pikar.HttpApi.Host.Tests.MultiTenancy;

/// <summary>The database's own wall: even a query that skips EF's tenant filter cannot see another tenant.</summary>
public sealed class RowLevelSecurityTests(TestEnvironment env)
{
    [Fact]
    public async Task Raw_sql_in_tenant_A_without_the_EF_filter_returns_none_of_tenant_B_rows()
    {
        var tenantA = await env.App.CreateTenantAsync();
        var tenantB = await env.App.CreateTenantAsync();
        await using var scope = env.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
        var currentTenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();

        List<Guid?> rawTenantIds;
        List<Guid?> unfilteredTenantIds;
        using (currentTenant.Change(tenantA.Id))
        {
            rawTenantIds = await db.Database.SqlQueryRaw<Guid?>("SELECT tenant_id AS \"Value\" FROM identity.users").ToListAsync();
            unfilteredTenantIds = await db.Set<User>().IgnoreQueryFilters([DataFilters.MultiTenant]).Select(u => u.TenantId).ToListAsync();
        }

        rawTenantIds.ShouldNotBeEmpty();
        rawTenantIds.ShouldAllBe(id => id == tenantA.Id);
        unfilteredTenantIds.ShouldAllBe(id => id == tenantA.Id);
        unfilteredTenantIds.ShouldNotContain(tenantB.Id);
    }

    [Fact]
    public async Task A_first_query_that_carries_the_session_sees_only_its_tenant_without_the_EF_filter()
    {
        var tenantA = await env.App.CreateTenantAsync();
        var tenantB = await env.App.CreateTenantAsync();
        await using var scope = env.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
        var currentTenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();

        List<Guid?> unfilteredTenantIds;
        using (currentTenant.Change(tenantA.Id))
        {
            unfilteredTenantIds = await db.Set<User>().IgnoreQueryFilters([DataFilters.MultiTenant]).Select(u => u.TenantId).ToListAsync();
        }

        unfilteredTenantIds.ShouldNotBeEmpty();
        unfilteredTenantIds.ShouldAllBe(id => id == tenantA.Id);
        unfilteredTenantIds.ShouldNotContain(tenantB.Id);
    }

    [Fact]
    public async Task A_first_query_that_fails_midway_takes_its_session_with_it_and_never_opens_another_tenant()
    {
        var tenantA = await env.App.CreateTenantAsync();
        await using (var setup = env.App.Services.CreateAsyncScope())
        {
            using (setup.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantA.Id))
            {
                var setupDb = setup.ServiceProvider.GetRequiredService<PikarDbContext>();
                setupDb.Add(new Role { Name = "zz-second", NormalizedName = "ZZ-SECOND" });
                await setupDb.SaveChangesAsync();
            }
        }

        await using var scope = env.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
        var currentTenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();
        using (currentTenant.Change(tenantA.Id))
        {
            // The first row comes back, the second divides by zero: the batch fails after it was read from.
            var rowsRead = 0;
            var failure = await Should.ThrowAsync<PostgresException>(async () =>
            {
                await foreach (var _ in db.Set<Role>().OrderBy(r => r.NormalizedName).Select(r => 1 / (r.NormalizedName == "ADMIN" ? 1 : 0)).Take(10).AsAsyncEnumerable())
                {
                    rowsRead++;
                }
            });
            failure.SqlState.ShouldBe(PostgresErrorCodes.DivisionByZero);
            rowsRead.ShouldBe(1);

            // The rolled-back session leaves the login role, which reads nothing: at worst one refused
            // query, never a row of another tenant; then the session is applied again.
            var seen = new List<Guid?>();
            for (var attempt = 0; attempt < 2 && seen.Count == 0; attempt++)
            {
                try
                {
                    seen = await db.Database.SqlQueryRaw<Guid?>("SELECT tenant_id AS \"Value\" FROM identity.users").ToListAsync();
                }
                catch (PostgresException refused) when (refused.SqlState == PostgresErrorCodes.InsufficientPrivilege)
                {
                }
            }

            seen.ShouldNotBeEmpty();
            seen.ShouldAllBe(id => id == tenantA.Id);
        }
    }

    [Fact]
    public async Task Host_side_sees_only_the_host_rows_and_the_explicit_cross_tenant_scope_sees_all()
    {
        var tenant = await env.App.CreateTenantAsync();
        await using var scope = env.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
        var dataScope = scope.ServiceProvider.GetRequiredService<IDataScope>();

        var hostSide = await db.Database.SqlQueryRaw<Guid?>("SELECT tenant_id AS \"Value\" FROM identity.users").ToListAsync();
        List<Guid?> allTenants;
        using (dataScope.AcrossAllTenants())
        {
            allTenants = await db.Database.SqlQueryRaw<Guid?>("SELECT tenant_id AS \"Value\" FROM identity.users").ToListAsync();
        }

        hostSide.ShouldNotBeEmpty();
        hostSide.ShouldAllBe(id => id == null);
        allTenants.ShouldContain(tenant.Id);
        allTenants.ShouldContain((Guid?)null);
    }

    [Fact]
    public async Task Writing_a_row_for_another_tenant_is_rejected_by_the_database()
    {
        var tenantA = await env.App.CreateTenantAsync();
        var tenantB = await env.App.CreateTenantAsync();
        await using var scope = env.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
        var currentTenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();

        using (currentTenant.Change(tenantA.Id))
        {
            db.Add(new Role { Name = "intruder", NormalizedName = "INTRUDER", TenantId = tenantB.Id });
            var failure = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
            failure.InnerException.ShouldBeOfType<PostgresException>().SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        }
    }

    [Fact]
    public async Task Pooled_connections_never_carry_a_tenant_into_the_next_use()
    {
        var tenantA = await env.App.CreateTenantAsync();
        var currentTenant = env.App.Services.GetRequiredService<ICurrentTenant>();

        for (var i = 0; i < 5; i++)
        {
            await using (var scope = env.App.Services.CreateAsyncScope())
            {
                using (currentTenant.Change(tenantA.Id))
                {
                    var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
                    (await CurrentSettingAsync(db)).ShouldBe(tenantA.Id.ToString());
                }
            }

            await using (var scope = env.App.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
                (await CurrentSettingAsync(db)).ShouldBe("");
                (await db.Database.SqlQueryRaw<Guid?>("SELECT tenant_id AS \"Value\" FROM identity.users").ToListAsync())
                    .ShouldAllBe(id => id == null);
            }
        }
    }

    [Fact]
    public async Task The_app_login_role_alone_can_read_no_tenant_table()
    {
        await using var connection = new NpgsqlConnection(env.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM identity.users", connection);

        var failure = await Should.ThrowAsync<PostgresException>(() => command.ExecuteScalarAsync());

        failure.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task A_tenant_page_query_is_narrowed_by_the_policy_through_the_tenant_index()
    {
        var tenant = await env.App.CreateTenantAsync();
        await using var scope = env.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
        var currentTenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();

        string plan;
        using (currentTenant.Change(tenant.Id))
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
            await using var explain = db.Database.GetDbConnection().CreateCommand();
            explain.CommandText = "EXPLAIN SELECT id FROM identity.users ORDER BY normalized_user_name LIMIT 10";
            await using var reader = await explain.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }

            plan = string.Join('\n', lines);
            await db.Database.CloseConnectionAsync();
        }

        plan.ShouldContain("ix_users_tenant_id_normalized_user_name", customMessage: plan);
        plan.ShouldContain("Index Cond: (tenant_id = ", customMessage: plan);
    }

    private static async Task<string> CurrentSettingAsync(PikarDbContext db) =>
        (await db.Database.SqlQueryRaw<string>($"SELECT coalesce(current_setting('{DatabaseRoles.TenantSetting}', true), '') AS \"Value\"").ToListAsync()).Single();
}
