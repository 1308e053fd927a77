using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nerava.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MerchantCaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "max_fee_cents",
                table: "merchants",
                type: "INTEGER",
                nullable: false,
                defaultValue: 2500);

            migrationBuilder.AddColumn<int>(
                name: "max_order_cents",
                table: "merchants",
                type: "INTEGER",
                nullable: false,
                defaultValue: 50000);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "max_fee_cents",
                table: "merchants");

            migrationBuilder.DropColumn(
                name: "max_order_cents",
                table: "merchants");
        }
    }
}
