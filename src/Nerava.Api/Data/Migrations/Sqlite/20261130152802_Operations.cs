using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nerava.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Operations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "trace_parent",
                table: "outbox_messages",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "disabled_at",
                table: "merchant_staff",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "invoiced_at",
                table: "billing_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "paid_at",
                table: "billing_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "billing_events",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "pending");

            migrationBuilder.AddColumn<string>(
                name: "void_reason",
                table: "billing_events",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "voided_at",
                table: "billing_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "admin_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    disabled_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_admin_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "admin_audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    actor_email = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    entity_type = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    entity_id = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_admin_audit", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "merchant_pos_credentials",
                columns: table => new
                {
                    merchant_id = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    protected_access_token = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_merchant_pos_credentials", x => x.merchant_id);
                    table.ForeignKey(
                        name: "fk_merchant_pos_credentials_merchants_merchant_id",
                        column: x => x.merchant_id,
                        principalTable: "merchants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_invites",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    staff_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false),
                    used_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_invites", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_invites_merchant_staff_staff_id",
                        column: x => x.staff_id,
                        principalTable: "merchant_staff",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_billing_events_merchant_id_created_at",
                table: "billing_events",
                columns: new[] { "merchant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_admin_accounts_email",
                table: "admin_accounts",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_admin_audit_at",
                table: "admin_audit",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_admin_audit_entity_type_entity_id",
                table: "admin_audit",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_invites_staff_id",
                table: "staff_invites",
                column: "staff_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_invites_token_hash",
                table: "staff_invites",
                column: "token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "admin_accounts");

            migrationBuilder.DropTable(
                name: "admin_audit");

            migrationBuilder.DropTable(
                name: "merchant_pos_credentials");

            migrationBuilder.DropTable(
                name: "staff_invites");

            migrationBuilder.DropIndex(
                name: "ix_billing_events_merchant_id_created_at",
                table: "billing_events");

            migrationBuilder.DropColumn(
                name: "trace_parent",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "disabled_at",
                table: "merchant_staff");

            migrationBuilder.DropColumn(
                name: "invoiced_at",
                table: "billing_events");

            migrationBuilder.DropColumn(
                name: "paid_at",
                table: "billing_events");

            migrationBuilder.DropColumn(
                name: "status",
                table: "billing_events");

            migrationBuilder.DropColumn(
                name: "void_reason",
                table: "billing_events");

            migrationBuilder.DropColumn(
                name: "voided_at",
                table: "billing_events");
        }
    }
}
