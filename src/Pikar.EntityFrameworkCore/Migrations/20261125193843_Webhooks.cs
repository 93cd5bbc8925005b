using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pikar.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class Webhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "webhook_events",
                schema: "integrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    provider = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    delivery_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    account_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    connection_id = table.Column<Guid>(type: "uuid", nullable: true),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    received_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    processed_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_events", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_webhook_events_provider_delivery_key",
                schema: "integrations",
                table: "webhook_events",
                columns: new[] { "provider", "delivery_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webhook_events_status",
                schema: "integrations",
                table: "webhook_events",
                column: "status",
                filter: "status = 'Failed'");

            migrationBuilder.CreateIndex(
                name: "ix_webhook_events_tenant_id_received_time",
                schema: "integrations",
                table: "webhook_events",
                columns: new[] { "tenant_id", "received_time" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "webhook_events",
                schema: "integrations");
        }
    }
}
