using System.Data;
using System.Data.Common;
using Pikar.MultiTenancy;

namespace Pikar.Data;

/// <summary>
/// Puts the row-level-security context (role and tenant) on a context's connection before its first
/// command, and again whenever the current tenant changed since. A reopened or pooled connection
/// always starts unapplied, so one request's tenant can never reach another's.
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

    public static void Opened(DatabaseSessionState state)
    {
        state.Applied = null;
        state.Fresh = true;
    }

    public static void Forget(DatabaseSessionState state)
    {
        state.Applied = null;
        state.Fresh = false;
    }

    public void EnsureApplied(DbConnection connection, DatabaseSessionState state)
    {
        var wanted = Wanted();
        if (state.Applied == wanted)
        {
            return;
        }

        state.Fresh = false;
        using var command = connection.CreateCommand();
        command.CommandText = SessionSql;
        AddParameters(command, wanted);
        command.ExecuteNonQuery();
        state.Applied = wanted;
    }

    public async Task EnsureAppliedAsync(DbConnection connection, DatabaseSessionState state, CancellationToken cancellationToken)
    {
        var wanted = Wanted();
        if (state.Applied == wanted)
        {
            return;
        }

        state.Fresh = false;
        await using var command = connection.CreateCommand();
        command.CommandText = SessionSql;
        AddParameters(command, wanted);
        await command.ExecuteNonQueryAsync(cancellationToken);
        state.Applied = wanted;
    }

    /// <summary>
    /// Prefixes a query with the session when the connection needs it. Returns false when the query
    /// cannot carry it (the connection is not fresh, positional parameters, not plain text), so the
    /// caller applies it separately.
    /// </summary>
    public bool TryPrefix(DbCommand command, DatabaseSessionState state)
    {
        var wanted = Wanted();
        if (state.Applied == wanted)
        {
            return true;
        }

        if (!state.Fresh || command.CommandType != CommandType.Text || HasPositionalParameters(command))
        {
            return false;
        }

        state.Fresh = false;
        command.CommandText = SessionSql + ";\n" + command.CommandText;
        AddParameters(command, wanted);
        state.Carrying = (command, wanted);
        return true;
    }

    /// <summary>Skips the session's result set of a prefixed query and records the session as applied.</summary>
    public static void CompletePrefixed(DbCommand command, DbDataReader reader, DatabaseSessionState state)
    {
        if (state.Carrying is not ({ } carrier, var session) || carrier != command)
        {
            return;
        }

        state.Carrying = null;
        try
        {
            reader.NextResult();
        }
        catch
        {
            reader.Dispose(); // the caller never sees this reader, and an open one would block the connection
            throw;
        }

        state.Applied = session;
    }

    public static async Task CompletePrefixedAsync(DbCommand command, DbDataReader reader, DatabaseSessionState state, CancellationToken cancellationToken)
    {
        if (state.Carrying is not ({ } carrier, var session) || carrier != command)
        {
            return;
        }

        state.Carrying = null;
        try
        {
            await reader.NextResultAsync(cancellationToken);
        }
        catch
        {
            await reader.DisposeAsync(); // the caller never sees this reader, and an open one would block the connection
            throw;
        }

        state.Applied = session;
    }

    public static void Failed(DatabaseSessionState state)
    {
        state.Carrying = null;
        state.Applied = null;
    }

    private DatabaseSessionState.Session Wanted()
    {
        if (dataScope.IsAcrossAllTenants)
        {
            return DatabaseSessionState.Session.AllTenants;
        }

        return currentTenant.Id is { } id ? new DatabaseSessionState.Session(DatabaseRoles.Tenant, id.ToString()) : DatabaseSessionState.Session.Host;
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

    private static void AddParameters(DbCommand command, DatabaseSessionState.Session session)
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
}

/// <summary>What <see cref="DatabaseSession"/> knows about one context's connection.</summary>
internal sealed class DatabaseSessionState
{
    /// <summary>The session in force on the connection; null when unknown (never applied, or rolled back).</summary>
    public Session? Applied { get; set; }

    /// <summary>Opened and not used since: a pooled connection reset to the login role.</summary>
    public bool Fresh { get; set; }

    /// <summary>The query carrying the session in front of its SQL, until its first result was skipped.</summary>
    public (DbCommand Command, Session Session)? Carrying { get; set; }

    internal sealed record Session(string Role, string Tenant)
    {
        public static readonly Session Host = new(DatabaseRoles.Host, "");
        public static readonly Session AllTenants = new(DatabaseRoles.AllTenants, "");
    }
}
