using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AttachmentGuide.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SharedRateLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RateKeySecrets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ProtectedKey = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RateKeySecrets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RateWindows",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    WindowStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RateWindows", x => new { x.Key, x.WindowStart });
                });

            migrationBuilder.CreateIndex(
                name: "IX_RateWindows_ExpiresAt",
                table: "RateWindows",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RateKeySecrets");

            migrationBuilder.DropTable(
                name: "RateWindows");
        }
    }
}
