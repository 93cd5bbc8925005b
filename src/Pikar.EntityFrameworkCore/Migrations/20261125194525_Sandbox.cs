using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pikar.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class Sandbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sandbox_accounts",
                schema: "integrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    provider_account_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    handle = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sandbox_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_grants",
                schema: "integrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    redirect_uri = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    code_challenge = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    scopes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    consumed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sandbox_grants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_posts",
                schema: "integrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    provider_post_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deletion_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sandbox_posts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_sandbox_accounts_provider_handle",
                schema: "integrations",
                table: "sandbox_accounts",
                columns: new[] { "provider", "handle" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sandbox_accounts_provider_provider_account_id",
                schema: "integrations",
                table: "sandbox_accounts",
                columns: new[] { "provider", "provider_account_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sandbox_grants_token_hash",
                schema: "integrations",
                table: "sandbox_grants",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sandbox_posts_account_id",
                schema: "integrations",
                table: "sandbox_posts",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_sandbox_posts_provider_provider_post_id",
                schema: "integrations",
                table: "sandbox_posts",
                columns: new[] { "provider", "provider_post_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sandbox_accounts",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "sandbox_grants",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "sandbox_posts",
                schema: "integrations");
        }
    }
}
