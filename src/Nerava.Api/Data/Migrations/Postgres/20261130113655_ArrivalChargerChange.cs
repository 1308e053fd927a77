using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nerava.Api.Data.Migrations.Postgres
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
                type: "character varying(400)",
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
