using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nerava.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExactlyOnceSms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ref",
                table: "outbox_messages",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "unconfirmed_since",
                table: "outbox_messages",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ref",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "unconfirmed_since",
                table: "outbox_messages");
        }
    }
}
