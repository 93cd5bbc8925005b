using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Pikar.MultiTenancy;

namespace Pikar.Data;

/// <summary>
/// Puts the row-level-security context (role and tenant) on a connection before its first command,
/// and again whenever the current tenant changed since. A reopened or pooled connection always
/// starts unapplied, so one request's tenant can never reach another's.
/// </summary>
/// <remarks>
/// The first query on a freshly opened connection carries the session in front of its own SQL: one
/// round trip instead of two. Should that query fail, PostgreSQL rolls the settings back with it, to the
/// state of a fresh connection: the login role, which can read nothing. So a failure can only close
/// doors, never open another tenant's; the failed command makes the session be applied again.
/// Every later change of session is a command of its own.
/// </remarks>
internal sealed class DatabaseSession(ICurrentTenant currentTenant, IDataScope dataScope)
{
    private const string RoleParameter = "pikar_session_role";
    private const string TenantParameter = "pikar_session_tenant";
    private static readonly string SessionSql =
        $"SELECT set_config('role', @{RoleParameter}, false), set_config('{DatabaseRoles.TenantSetting}', @{TenantParameter}, false)";

    private readonly ConditionalWeakTable<DbConnection, Session> _applied = [];
    private readonly ConditionalWeakTable<DbCommand, Session> _carrying = [];
    private readonly ConditionalWeakTable<DbConnection, object> _fresh = [];

    public void Opened(DbConnection connection)
    {
        _applied.Remove(connection);
        _fresh.AddOrUpdate(connection, connection);
    }

    public void Forget(DbConnection connection)
    {
        _applied.Remove(connection);
        _fresh.Remove(connection);
    }

    public void EnsureApplied(DbConnection connection)
    {
        var wanted = Wanted();
        if (IsApplied(connection, wanted))
        {
            return;
        }

        _fresh.Remove(connection);
        using var command = connection.CreateCommand();
        command.CommandText = SessionSql;
        AddParameters(command, wanted);
        command.ExecuteNonQuery();
        _applied.AddOrUpdate(connection, wanted);
    }

    public async Task EnsureAppliedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var wanted = Wanted();
        if (IsApplied(connection, wanted))
        {
            return;
        }

        _fresh.Remove(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = SessionSql;
        AddParameters(command, wanted);
        await command.ExecuteNonQueryAsync(cancellationToken);
        _applied.AddOrUpdate(connection, wanted);
    }

    /// <summary>
    /// Prefixes a query with the session when the connection needs it. Returns false when the query
    /// cannot carry it (the connection is not fresh, positional parameters, not plain text), so the
    /// caller applies it separately.
    /// </summary>
    public bool TryPrefix(DbCommand command)
    {
        var connection = command.Connection!;
        var wanted = Wanted();
        if (IsApplied(connection, wanted))
        {
            return true;
        }

        if (!_fresh.TryGetValue(connection, out _)
            || command.CommandType != CommandType.Text || HasPositionalParameters(command))
        {
            return false;
        }

        _fresh.Remove(connection);
        command.CommandText = SessionSql + ";\n" + command.CommandText;
        AddParameters(command, wanted);
        _carrying.AddOrUpdate(command, wanted);
        return true;
    }

    /// <summary>Skips the session's result set of a prefixed query and records the session as applied.</summary>
    public void CompletePrefixed(DbCommand command, DbDataReader reader)
    {
        if (!_carrying.TryGetValue(command, out var session))
        {
            return;
        }

        _carrying.Remove(command);
        try
        {
            reader.NextResult();
        }
        catch
        {
            reader.Dispose(); // the caller never sees this reader, and an open one would block the connection
            throw;
        }

        _applied.AddOrUpdate(command.Connection!, session);
    }

    public async Task CompletePrefixedAsync(DbCommand command, DbDataReader reader, CancellationToken cancellationToken)
    {
        if (!_carrying.TryGetValue(command, out var session))
        {
            return;
        }

        _carrying.Remove(command);
        try
        {
            await reader.NextResultAsync(cancellationToken);
        }
        catch
        {
            await reader.DisposeAsync(); // the caller never sees this reader, and an open one would block the connection
            throw;
        }

        _applied.AddOrUpdate(command.Connection!, session);
    }

    public void Failed(DbCommand command)
    {
        _carrying.Remove(command);
        if (command.Connection is { } connection)
        {
            _applied.Remove(connection);
        }
    }

    private Session Wanted()
    {
        if (dataScope.IsAcrossAllTenants)
        {
            return new Session(DatabaseRoles.AllTenants, "");
        }

        return currentTenant.Id is { } id ? new Session(DatabaseRoles.Tenant, id.ToString()) : new Session(DatabaseRoles.Host, "");
    }

    private static bool HasPositionalParameters(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            if (string.IsNullOrEmpty(parameter.ParameterName))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsApplied(DbConnection connection, Session wanted) =>
        _applied.TryGetValue(connection, out var applied) && applied == wanted;

    private static void AddParameters(DbCommand command, Session session)
    {
        AddParameter(command, RoleParameter, session.Role);
        AddParameter(command, TenantParameter, session.Tenant);
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private sealed record Session(string Role, string Tenant);
}
