using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace AttachmentGuide.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StaffRoles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Detail",
                table: "AuditLog",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { "6f1c3a52-0d5e-4b7a-9c1e-2a4b6d8e0f11", "6f1c3a52-0d5e-4b7a-9c1e-2a4b6d8e0f11", "inbox", "INBOX" },
                    { "7a2d4b63-1e6f-4c8b-8d2f-3b5c7e9f1a22", "7a2d4b63-1e6f-4c8b-8d2f-3b5c7e9f1a22", "editor", "EDITOR" },
                    { "8b3e5c74-2f70-4d9c-9e30-4c6d8f0a2b33", "8b3e5c74-2f70-4d9c-9e30-4c6d8f0a2b33", "admin", "ADMIN" }
                });

            // Accounts made before roles keep what they could do: the inbox. The id is the inbox role's, as seeded
            // above (a literal, so this migration never changes if the configuration does).
            migrationBuilder.Sql("""
                INSERT INTO "AspNetUserRoles" ("UserId", "RoleId")
                SELECT "Id", '6f1c3a52-0d5e-4b7a-9c1e-2a4b6d8e0f11' FROM "AspNetUsers";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DELETE FROM "AspNetUserRoles" WHERE "RoleId" IN
                    ('6f1c3a52-0d5e-4b7a-9c1e-2a4b6d8e0f11', '7a2d4b63-1e6f-4c8b-8d2f-3b5c7e9f1a22', '8b3e5c74-2f70-4d9c-9e30-4c6d8f0a2b33');
                """);

            migrationBuilder.DeleteData(
                table: "AspNetRoles",
                keyColumn: "Id",
                keyValue: "6f1c3a52-0d5e-4b7a-9c1e-2a4b6d8e0f11");

            migrationBuilder.DeleteData(
                table: "AspNetRoles",
                keyColumn: "Id",
                keyValue: "7a2d4b63-1e6f-4c8b-8d2f-3b5c7e9f1a22");

            migrationBuilder.DeleteData(
                table: "AspNetRoles",
                keyColumn: "Id",
                keyValue: "8b3e5c74-2f70-4d9c-9e30-4c6d8f0a2b33");

            migrationBuilder.DropColumn(
                name: "Detail",
                table: "AuditLog");
        }
    }
}
