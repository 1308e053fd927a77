using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nerava.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OcppPlugInOffer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "offered_at",
                table: "arrival_sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "offered_stall",
                table: "arrival_sessions",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "offered_at",
                table: "arrival_sessions");

            migrationBuilder.DropColumn(
                name: "offered_stall",
                table: "arrival_sessions");
        }
    }
}
