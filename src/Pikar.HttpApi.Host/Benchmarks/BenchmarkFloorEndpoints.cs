using Npgsql;
using Pikar.Authorization;
using Pikar.Data;
using Pikar.EntityFrameworkCore;

namespace Pikar.HttpApi.Host.Benchmarks;

/// <summary>
/// The physical floor for <c>./pikar bench</c>: the user list's SQL with no authentication,
/// tenancy, features, permissions or audit, with or without the row-level-security session.
/// Mapped only when <c>Pikar:Benchmarks:Enabled</c> is set; never in a normal host.
/// </summary>
internal static class BenchmarkFloorEndpoints
{
    public static void MapBenchmarkFloor(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Pikar:Benchmarks:Enabled", false))
        {
            return;
        }

        var owner = new NpgsqlDataSourceBuilder(PikarConnectionStrings.Owner(app.Configuration)).Build();
        app.Lifetime.ApplicationStopped.Register(owner.Dispose);
        app.MapGet("/bench/users", (Guid tenantId, bool rls, CancellationToken ct) => UsersAsync(owner, tenantId, rls, ct))
            .AllowAnonymous("Benchmark floor, mapped only when Pikar:Benchmarks:Enabled is set.")
            .ExcludeFromDescription();
    }

    private static async Task<IResult> UsersAsync(NpgsqlDataSource owner, Guid tenantId, bool rls, CancellationToken ct)
    {
        await using var connection = await owner.OpenConnectionAsync(ct);

        // Like the kernel, the row-level-security session travels in front of the first query.
        var session = rls ? $"SELECT set_config('role', '{DatabaseRoles.Tenant}', false), set_config('{DatabaseRoles.TenantSetting}', @tenantText, false);\n" : "";
        await using var count = new NpgsqlCommand(session + "SELECT count(*) FROM identity.users WHERE tenant_id = @tenant", connection);
        count.Parameters.AddWithValue("tenant", tenantId);
        long total;
        if (rls)
        {
            count.Parameters.AddWithValue("tenantText", tenantId.ToString());
        }

        await using (var reader = await count.ExecuteReaderAsync(ct))
        {
            if (rls)
            {
                await reader.NextResultAsync(ct);
            }

            await reader.ReadAsync(ct);
            total = reader.GetInt64(0);
        }

        await using var page = new NpgsqlCommand("""
            SELECT id, user_name, email, name, surname, is_active, creation_time
            FROM identity.users WHERE tenant_id = @tenant
            ORDER BY normalized_user_name, id LIMIT 10 OFFSET 0
            """, connection);
        page.Parameters.AddWithValue("tenant", tenantId);
        var items = new List<object>();
        await using (var reader = await page.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                items.Add(new { id = reader.GetGuid(0), userName = reader.GetString(1), email = reader.GetString(2) });
            }
        }

        return Results.Ok(new { totalCount = total, items });
    }
}
