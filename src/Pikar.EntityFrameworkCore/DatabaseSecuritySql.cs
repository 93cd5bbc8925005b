using Pikar.Data;

namespace Pikar.EntityFrameworkCore;

/// <summary>
/// The roles, grants and row-level-security policies that make cross-tenant reads impossible at
/// the database, whatever a query forgets. Each statement is idempotent.
/// </summary>
internal static class DatabaseSecuritySql
{
    public static string Roles(string appRole, string appPassword) => $"""
        DO $$
        BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{DatabaseRoles.Tenant}') THEN
            CREATE ROLE {DatabaseRoles.Tenant} NOLOGIN;
          END IF;
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{DatabaseRoles.Host}') THEN
            CREATE ROLE {DatabaseRoles.Host} NOLOGIN;
          END IF;
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{DatabaseRoles.AllTenants}') THEN
            CREATE ROLE {DatabaseRoles.AllTenants} NOLOGIN BYPASSRLS;
          END IF;
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {Literal(appRole)}) THEN
            CREATE ROLE {Identifier(appRole)} LOGIN NOINHERIT PASSWORD {Literal(appPassword)};
          ELSE
            ALTER ROLE {Identifier(appRole)} LOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS PASSWORD {Literal(appPassword)};
          END IF;
        END $$;
        GRANT {DatabaseRoles.Tenant}, {DatabaseRoles.Host}, {DatabaseRoles.AllTenants} TO {Identifier(appRole)};
        """;

    /// <summary>Table privileges for the three session roles; the login role itself gets none on module tables.</summary>
    public static string Grants(IEnumerable<string> schemas)
    {
        var roles = string.Join(", ", DatabaseRoles.All);
        return string.Concat(schemas.Select(schema => $"""
            GRANT USAGE ON SCHEMA {Identifier(schema)} TO {roles};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {Identifier(schema)} TO {roles};
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {Identifier(schema)} TO {roles};

            """));
    }

    /// <summary>The job store is reached by Hangfire's own connection as the login role (its tables have no tenant rows).</summary>
    public static string HangfireGrants(string schema, string appRole) => $"""
        GRANT USAGE ON SCHEMA {Identifier(schema)} TO {Identifier(appRole)};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {Identifier(schema)} TO {Identifier(appRole)};
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {Identifier(schema)} TO {Identifier(appRole)};
        """;

    /// <summary>
    /// Every table with a <c>tenant_id</c> column gets RLS enabled and forced, with two plain,
    /// index-friendly policies: tenants see their rows, the host sees the host's (<c>tenant_id IS NULL</c>).
    /// </summary>
    public static string RowLevelSecurity(IEnumerable<string> schemas)
    {
        var schemaList = string.Join(", ", schemas.Select(Literal));
        var tenantCondition = $"tenant_id = nullif(current_setting(''{DatabaseRoles.TenantSetting}'', true), '''')::uuid";
        return $"""
            DO $$
            DECLARE t record;
            BEGIN
              FOR t IN
                SELECT c.table_schema, c.table_name
                FROM information_schema.columns c
                JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
                WHERE c.column_name = 'tenant_id' AND tb.table_type = 'BASE TABLE' AND c.table_schema IN ({schemaList})
              LOOP
                EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', t.table_schema, t.table_name);
                EXECUTE format('ALTER TABLE %I.%I FORCE ROW LEVEL SECURITY', t.table_schema, t.table_name);
                EXECUTE format('DROP POLICY IF EXISTS tenant_rows ON %I.%I', t.table_schema, t.table_name);
                EXECUTE format('CREATE POLICY tenant_rows ON %I.%I TO {DatabaseRoles.Tenant} USING ({tenantCondition}) WITH CHECK ({tenantCondition})',
                  t.table_schema, t.table_name);
                EXECUTE format('DROP POLICY IF EXISTS host_rows ON %I.%I', t.table_schema, t.table_name);
                EXECUTE format('CREATE POLICY host_rows ON %I.%I TO {DatabaseRoles.Host} USING (tenant_id IS NULL) WITH CHECK (tenant_id IS NULL)',
                  t.table_schema, t.table_name);
              END LOOP;
            END $$;
            """;
    }

    private static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
