using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nerava.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ArrivalChargerChange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "previous_charger_id",
                table: "arrival_sessions",
                type: "TEXT",
                maxLength: 400,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "previous_charger_id",
                table: "arrival_sessions");
        }
    }
}
