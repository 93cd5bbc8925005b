using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pikar.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class ContentCapsules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "content_capsules",
                schema: "solopreneur",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    scheduled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_capsules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "capsule_publications",
                schema: "solopreneur",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    capsule_id = table.Column<Guid>(type: "uuid", nullable: false),
                    connection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    text = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    first_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    remote_post_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    remote_url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_capsule_publications", x => x.id);
                    table.ForeignKey(
                        name: "fk_capsule_publications_content_capsules_capsule_id",
                        column: x => x.capsule_id,
                        principalSchema: "solopreneur",
                        principalTable: "content_capsules",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_capsule_publications_capsule_id_connection_id",
                schema: "solopreneur",
                table: "capsule_publications",
                columns: new[] { "capsule_id", "connection_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_capsule_publications_status_due_at",
                schema: "solopreneur",
                table: "capsule_publications",
                columns: new[] { "status", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_capsule_publications_tenant_id",
                schema: "solopreneur",
                table: "capsule_publications",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_content_capsules_tenant_id_creation_time",
                schema: "solopreneur",
                table: "content_capsules",
                columns: new[] { "tenant_id", "creation_time" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "capsule_publications",
                schema: "solopreneur");

            migrationBuilder.DropTable(
                name: "content_capsules",
                schema: "solopreneur");
        }
    }
}
