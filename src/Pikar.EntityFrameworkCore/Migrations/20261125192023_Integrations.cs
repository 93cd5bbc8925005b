using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pikar.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class Integrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "integrations");

            migrationBuilder.CreateTable(
                name: "connections",
                schema: "integrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    provider = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    is_sandbox = table.Column<bool>(type: "boolean", nullable: false),
                    account_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    display_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    scopes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    connected_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    protected_access_token = table.Column<string>(type: "text", nullable: false),
                    protected_refresh_token = table.Column<string>(type: "text", nullable: true),
                    access_token_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    health = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    refresh_failures = table.Column<int>(type: "integer", nullable: false),
                    last_refresh_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    creator_id = table.Column<Guid>(type: "uuid", nullable: true),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_modifier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_deleted = table.Column<bool>(type: "boolean", nullable: false),
                    deletion_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleter_id = table.Column<Guid>(type: "uuid", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_connections", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_connections_access_token_expires_at",
                schema: "integrations",
                table: "connections",
                column: "access_token_expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_connections_tenant_id_creation_time",
                schema: "integrations",
                table: "connections",
                columns: new[] { "tenant_id", "creation_time" });

            migrationBuilder.CreateIndex(
                name: "ix_connections_tenant_id_provider_account_id",
                schema: "integrations",
                table: "connections",
                columns: new[] { "tenant_id", "provider", "account_id" },
                unique: true,
                filter: "is_deleted = false")
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "connections",
                schema: "integrations");
        }
    }
}
