using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pikar.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class SocialPerformance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "solopreneur");

            migrationBuilder.CreateTable(
                name: "social_accounts",
                schema: "solopreneur",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    connection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    last_sync_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_success_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    next_sync_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    followers = table.Column<long>(type: "bigint", nullable: true),
                    followers_unavailable = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_social_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "social_posts",
                schema: "solopreneur",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_post_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    text = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    last_sync_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    metrics_comments = table.Column<long>(type: "bigint", nullable: true),
                    metrics_impressions = table.Column<long>(type: "bigint", nullable: true),
                    metrics_likes = table.Column<long>(type: "bigint", nullable: true),
                    metrics_reach = table.Column<long>(type: "bigint", nullable: true),
                    metrics_shares = table.Column<long>(type: "bigint", nullable: true),
                    unavailable = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_social_posts", x => x.id);
                    table.ForeignKey(
                        name: "fk_social_posts_social_accounts_account_id",
                        column: x => x.account_id,
                        principalSchema: "solopreneur",
                        principalTable: "social_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "social_metric_snapshots",
                schema: "solopreneur",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    post_id = table.Column<Guid>(type: "uuid", nullable: true),
                    captured_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    followers = table.Column<long>(type: "bigint", nullable: true),
                    metrics_comments = table.Column<long>(type: "bigint", nullable: true),
                    metrics_impressions = table.Column<long>(type: "bigint", nullable: true),
                    metrics_likes = table.Column<long>(type: "bigint", nullable: true),
                    metrics_reach = table.Column<long>(type: "bigint", nullable: true),
                    metrics_shares = table.Column<long>(type: "bigint", nullable: true),
                    unavailable = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_social_metric_snapshots", x => x.id);
                    table.ForeignKey(
                        name: "fk_social_metric_snapshots_social_accounts_account_id",
                        column: x => x.account_id,
                        principalSchema: "solopreneur",
                        principalTable: "social_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_social_metric_snapshots_social_posts_post_id",
                        column: x => x.post_id,
                        principalSchema: "solopreneur",
                        principalTable: "social_posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_social_accounts_next_sync_time",
                schema: "solopreneur",
                table: "social_accounts",
                column: "next_sync_time");

            migrationBuilder.CreateIndex(
                name: "ix_social_accounts_tenant_id_connection_id",
                schema: "solopreneur",
                table: "social_accounts",
                columns: new[] { "tenant_id", "connection_id" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_social_metric_snapshots_account_id_post_id_captured_at",
                schema: "solopreneur",
                table: "social_metric_snapshots",
                columns: new[] { "account_id", "post_id", "captured_at" });

            migrationBuilder.CreateIndex(
                name: "ix_social_metric_snapshots_post_id",
                schema: "solopreneur",
                table: "social_metric_snapshots",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_social_metric_snapshots_tenant_id",
                schema: "solopreneur",
                table: "social_metric_snapshots",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_social_posts_account_id_provider_post_id",
                schema: "solopreneur",
                table: "social_posts",
                columns: new[] { "account_id", "provider_post_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_social_posts_account_id_published_at",
                schema: "solopreneur",
                table: "social_posts",
                columns: new[] { "account_id", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_social_posts_tenant_id",
                schema: "solopreneur",
                table: "social_posts",
                column: "tenant_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "social_metric_snapshots",
                schema: "solopreneur");

            migrationBuilder.DropTable(
                name: "social_posts",
                schema: "solopreneur");

            migrationBuilder.DropTable(
                name: "social_accounts",
                schema: "solopreneur");
        }
    }
}
