using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nerava.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Ocpp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ocpp_id_tag",
                table: "drivers",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "arrival_confidence",
                table: "arrival_sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "arrival_evidence_json",
                table: "arrival_sessions",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "arrival_flagged_at",
                table: "arrival_sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "arrival_flags",
                table: "arrival_sessions",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "arrival_stall",
                table: "arrival_sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "charging_stall",
                table: "arrival_sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "charging_status",
                table: "arrival_sessions",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "claimed_stall",
                table: "arrival_sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "last_phone_accuracy_m",
                table: "arrival_sessions",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "last_phone_at",
                table: "arrival_sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "last_phone_lat",
                table: "arrival_sessions",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "last_phone_lng",
                table: "arrival_sessions",
                type: "REAL",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "charge_points",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    charger_id = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    authorization_key_hash = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    key_issued_at = table.Column<long>(type: "INTEGER", nullable: true),
                    vendor = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    model = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    firmware_version = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    last_boot_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_seen_at = table.Column<long>(type: "INTEGER", nullable: true),
                    connected_instance = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    connected_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_charge_points", x => x.id);
                    table.ForeignKey(
                        name: "fk_charge_points_chargers_charger_id",
                        column: x => x.charger_id,
                        principalTable: "chargers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "charger_plug_ins",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    charger_id = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    charge_point_id = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    connector_id = table.Column<int>(type: "INTEGER", nullable: false),
                    stall = table.Column<int>(type: "INTEGER", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    offered_to = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    matched_session_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_charger_plug_ins", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ocpp_commands",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    charge_point_id = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    payload_json = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    session_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    result_json = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    error = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ocpp_commands", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ocpp_transactions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    charge_point_id = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    connector_id = table.Column<int>(type: "INTEGER", nullable: false),
                    id_tag = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    meter_start = table.Column<int>(type: "INTEGER", nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    id_tag_status = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    session_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    meter_stop = table.Column<int>(type: "INTEGER", nullable: true),
                    stopped_at = table.Column<long>(type: "INTEGER", nullable: true),
                    stop_reason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    last_soc_percent = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ocpp_transactions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "charge_point_connectors",
                columns: table => new
                {
                    charge_point_id = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    connector_id = table.Column<int>(type: "INTEGER", nullable: false),
                    stall = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    error_code = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    status_at = table.Column<long>(type: "INTEGER", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_charge_point_connectors", x => new { x.charge_point_id, x.connector_id });
                    table.ForeignKey(
                        name: "fk_charge_point_connectors_charge_points_charge_point_id",
                        column: x => x.charge_point_id,
                        principalTable: "charge_points",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_drivers_ocpp_id_tag",
                table: "drivers",
                column: "ocpp_id_tag",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_charge_points_charger_id",
                table: "charge_points",
                column: "charger_id");

            migrationBuilder.CreateIndex(
                name: "ix_charger_plug_ins_charger_id_at",
                table: "charger_plug_ins",
                columns: new[] { "charger_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_ocpp_commands_status_charge_point_id",
                table: "ocpp_commands",
                columns: new[] { "status", "charge_point_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ocpp_transactions_charge_point_id_connector_id_id_tag_meter_start_started_at",
                table: "ocpp_transactions",
                columns: new[] { "charge_point_id", "connector_id", "id_tag", "meter_start", "started_at" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ocpp_transactions_session_id",
                table: "ocpp_transactions",
                column: "session_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "charge_point_connectors");

            migrationBuilder.DropTable(
                name: "charger_plug_ins");

            migrationBuilder.DropTable(
                name: "ocpp_commands");

            migrationBuilder.DropTable(
                name: "ocpp_transactions");

            migrationBuilder.DropTable(
                name: "charge_points");

            migrationBuilder.DropIndex(
                name: "ix_drivers_ocpp_id_tag",
                table: "drivers");

            migrationBuilder.DropColumn(
                name: "ocpp_id_tag",
                table: "drivers");

            migrationBuilder.DropColumn(
                name: "arrival_confidence",
                table: "arrival_sessions");

            migrationBuilder.DropColumn(
                name: "arrival_evidence_json",
                table: "arrival_sessions");

            migrationBuilder.DropColumn(
                name: "arrival_flagged_at",
                table: "arrival_sessions");

            migrationBuilder.DropColumn(
                name: "arrival_flags",
                table: "arrival_sessions");

            migrationBuilder.DropColumn(
                name: "arrival_stall",
                table: "arrival_sessions");

            migrationBuilder.DropColumn(
                name: "charging_stall",
                table: "arrival_sessions");

            migrationBuilder.DropColumn(
                name: "charging_status",
                table: "arrival_sessions");

            migrationBuilder.DropColumn(
                name: "claimed_stall",
                table: "arrival_sessions");

            migrationBuilder.DropColumn(
                name: "last_phone_accuracy_m",
                table: "arrival_sessions");

            migrationBuilder.DropColumn(
                name: "last_phone_at",
                table: "arrival_sessions");

            migrationBuilder.DropColumn(
                name: "last_phone_lat",
                table: "arrival_sessions");

            migrationBuilder.DropColumn(
                name: "last_phone_lng",
                table: "arrival_sessions");
        }
    }
}
