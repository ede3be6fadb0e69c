using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AttachmentGuide.Web.Inquiries.Migrations
{
    /// <inheritdoc />
    public partial class InquiryVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Inquiries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "Inquiries");
        }
    }
}
