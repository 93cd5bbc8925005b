using System.Data.Common;
using System.Runtime.CompilerServices;
using Pikar.MultiTenancy;

namespace Pikar.Data;

/// <summary>
/// Puts the row-level-security context (role and tenant) on a connection before its first command,
/// and again whenever the current tenant changed since. A reopened or pooled connection always
/// starts unapplied, so one request's tenant can never reach another's.
/// </summary>
internal sealed class DatabaseSession(ICurrentTenant currentTenant, IDataScope dataScope)
{
    private readonly ConditionalWeakTable<DbConnection, string> _applied = [];

    public void Forget(DbConnection connection) => _applied.Remove(connection);

    public void EnsureApplied(DbConnection connection)
    {
        var (role, tenant) = Wanted();
        if (IsApplied(connection, role, tenant))
        {
            return;
        }

        using var command = CreateCommand(connection, role, tenant);
        command.ExecuteNonQuery();
        _applied.AddOrUpdate(connection, Key(role, tenant));
    }

    public async Task EnsureAppliedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var (role, tenant) = Wanted();
        if (IsApplied(connection, role, tenant))
        {
            return;
        }

        await using var command = CreateCommand(connection, role, tenant);
        await command.ExecuteNonQueryAsync(cancellationToken);
        _applied.AddOrUpdate(connection, Key(role, tenant));
    }

    private (string Role, string Tenant) Wanted()
    {
        if (dataScope.IsAcrossAllTenants)
        {
            return (DatabaseRoles.AllTenants, "");
        }

        return currentTenant.Id is { } id ? (DatabaseRoles.Tenant, id.ToString()) : (DatabaseRoles.Host, "");
    }

    private bool IsApplied(DbConnection connection, string role, string tenant) =>
        _applied.TryGetValue(connection, out var key) && key == Key(role, tenant);

    private static string Key(string role, string tenant) => role + "|" + tenant;

    private static DbCommand CreateCommand(DbConnection connection, string role, string tenant)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT set_config('role', @role, false), set_config('{DatabaseRoles.TenantSetting}', @tenant, false)";
        AddParameter(command, "role", role);
        AddParameter(command, "tenant", tenant);
        return command;
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
