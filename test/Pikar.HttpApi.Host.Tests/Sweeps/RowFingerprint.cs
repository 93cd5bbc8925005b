using Npgsql;

namespace Pikar.HttpApi.Host.Tests.Sweeps;

/// <summary>
/// The number of rows in every module table (read as the owner, past row-level security), to show
/// that a rejected request wrote nothing. The audit trail is left out: it records rejections by design.
/// </summary>
internal sealed class RowFingerprint(string ownerConnectionString)
{
    private static readonly string[] Ignored = ["audit_logging", "openiddict", "platform", "hangfire", "public", "pg_catalog", "information_schema", "pg_toast"];
    private string? _sql;

    public async Task<long> TakeAsync()
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync();
        _sql ??= await BuildSqlAsync(connection);
        await using var command = new NpgsqlCommand(_sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> BuildSqlAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND NOT (table_schema = ANY(@ignored))",
            connection);
        command.Parameters.AddWithValue("ignored", Ignored);
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        tables.Count.ShouldBeGreaterThan(10);
        return "SELECT " + string.Join(" + ", tables.Select(t => $"(SELECT count(*) FROM {t})"));
    }
}
