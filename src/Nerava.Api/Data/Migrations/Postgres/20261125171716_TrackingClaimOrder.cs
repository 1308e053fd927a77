using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nerava.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TrackingClaimOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tracked_sessions_active_next_poll_at",
                table: "tracked_sessions");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "claim_by",
                table: "tracked_sessions",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Existing rows: their claim order from their plan (see PollPlan.ClaimBy).
            migrationBuilder.Sql("UPDATE tracked_sessions SET claim_by = next_poll_at + priority * interval '1 minute'");

            migrationBuilder.CreateIndex(
                name: "ix_tracked_sessions_claim_by",
                table: "tracked_sessions",
                column: "claim_by",
                filter: "active");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tracked_sessions_claim_by",
                table: "tracked_sessions");

            migrationBuilder.DropColumn(
                name: "claim_by",
                table: "tracked_sessions");

            migrationBuilder.CreateIndex(
                name: "ix_tracked_sessions_active_next_poll_at",
                table: "tracked_sessions",
                columns: new[] { "active", "next_poll_at" });
        }
    }
}
