using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pikar.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class SocialPageInsights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "page_impressions",
                schema: "solopreneur",
                table: "social_accounts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "page_insights_unavailable",
                schema: "solopreneur",
                table: "social_accounts",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "page_reach",
                schema: "solopreneur",
                table: "social_accounts",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "page_impressions",
                schema: "solopreneur",
                table: "social_accounts");

            migrationBuilder.DropColumn(
                name: "page_insights_unavailable",
                schema: "solopreneur",
                table: "social_accounts");

            migrationBuilder.DropColumn(
                name: "page_reach",
                schema: "solopreneur",
                table: "social_accounts");
        }
    }
}
