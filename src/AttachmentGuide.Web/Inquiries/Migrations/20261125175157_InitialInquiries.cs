using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AttachmentGuide.Web.Inquiries.Migrations
{
    /// <inheritdoc />
    public partial class InitialInquiries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubmissionToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", nullable: true),
                    Phone = table.Column<string>(type: "TEXT", nullable: true),
                    PreferredContact = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VoicemailAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClinicNameAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContactTime = table.Column<string>(type: "TEXT", nullable: true),
                    Message = table.Column<string>(type: "TEXT", nullable: true),
                    SourceSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inquiries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_ReceivedAt",
                table: "Inquiries",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_Reference",
                table: "Inquiries",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_Status",
                table: "Inquiries",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_SubmissionToken",
                table: "Inquiries",
                column: "SubmissionToken",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Inquiries");
        }
    }
}
