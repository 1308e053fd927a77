using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nerava.Api.Data.Migrations.Sqlite
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

            migrationBuilder.AddColumn<long>(
                name: "claim_by",
                table: "tracked_sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Existing rows: their claim order from their plan (see PollPlan.ClaimBy).
            migrationBuilder.Sql("UPDATE tracked_sessions SET claim_by = next_poll_at + priority * 600000000");

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
