using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nerava.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OcppPlugInOffer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "offered_at",
                table: "arrival_sessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "offered_stall",
                table: "arrival_sessions",
                type: "integer",
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
