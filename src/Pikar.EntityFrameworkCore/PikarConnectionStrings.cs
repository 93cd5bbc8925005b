using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Pikar.EntityFrameworkCore;

/// <summary>
/// <c>ConnectionStrings:Default</c> is the owner's (migrations, seeding); the host connects with
/// <c>ConnectionStrings:App</c>, a role that owns no table, so row-level security always applies.
/// Without it, the app connection is derived from the owner's with the role <c>pikar_app</c>.
/// </summary>
public static class PikarConnectionStrings
{
    public const string DefaultAppRole = "pikar_app";
    public const string DefaultAppPassword = "pikar_app";

    public static string Owner(IConfiguration configuration) =>
        configuration.GetConnectionString("Default")
        ?? throw new InvalidOperationException("Set ConnectionStrings__Default to the PostgreSQL connection of the database owner.");

    public static string App(IConfiguration configuration)
    {
        var app = configuration.GetConnectionString("App");
        if (!string.IsNullOrWhiteSpace(app))
        {
            return app;
        }

        return new NpgsqlConnectionStringBuilder(Owner(configuration))
        {
            Username = DefaultAppRole,
            Password = configuration["Pikar:Database:AppPassword"] ?? DefaultAppPassword,
        }.ConnectionString;
    }
}
