using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nerava.Api.Data.Migrations.Postgres
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
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "unconfirmed_since",
                table: "outbox_messages",
                type: "timestamp with time zone",
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
