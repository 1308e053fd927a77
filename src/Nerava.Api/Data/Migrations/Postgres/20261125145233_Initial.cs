using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Nerava.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "billing_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    merchant_id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    total_cents = table.Column<int>(type: "integer", nullable: false),
                    fee_bps = table.Column<int>(type: "integer", nullable: false),
                    billable_amount_cents = table.Column<int>(type: "integer", nullable: false),
                    total_source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_billing_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "chargers",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    network = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    lat = table.Column<double>(type: "double precision", nullable: false),
                    lng = table.Column<double>(type: "double precision", nullable: false),
                    address = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    stalls = table.Column<int>(type: "integer", nullable: false),
                    max_kw = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_chargers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    xml = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "dev_outbox",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    to = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dev_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "drivers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    phone = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    vehicle_color = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    vehicle_model = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    vehicle_make = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    vehicle_year = table.Column<int>(type: "integer", nullable: true),
                    vehicle_set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_drivers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    scope = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: false),
                    response_json = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "merchants",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    category = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    lat = table.Column<double>(type: "double precision", nullable: false),
                    lng = table.Column<double>(type: "double precision", nullable: false),
                    address = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    prep_minutes = table.Column<int>(type: "integer", nullable: false),
                    fulfillment_modes = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ordering_url = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ordering_instructions = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    sms_phone = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    email = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    notify_sms = table.Column<bool>(type: "boolean", nullable: false),
                    notify_email = table.Column<bool>(type: "boolean", nullable: false),
                    pos_provider = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    platform_fee_bps = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_merchants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "o_auth_states",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    state_hash = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    driver_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    consumed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_o_auth_states", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "otp_codes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    phone = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    code_hash = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    client_ip = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    consumed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    failed_attempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_otp_codes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dedupe_key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    channel = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    to = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    status = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    lease_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    provider_message_id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "processed_webhooks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    event_id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    response_body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_processed_webhooks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "queued_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    order_number = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    payload_json = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ordering_url = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    release_url = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    released_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_queued_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rate_buckets",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    tokens = table.Column<double>(type: "double precision", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rate_buckets", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "refresh_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    subject_kind = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_refresh_tokens", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "smartcar_connections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    driver_id = table.Column<Guid>(type: "uuid", nullable: false),
                    grant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    smartcar_user_id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    access_token_protected = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    refresh_token_protected = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    access_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    refresh_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    make = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    model = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    year = table.Column<int>(type: "integer", nullable: true),
                    is_primary = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_smartcar_connections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tracked_sessions",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    next_poll_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    lease_owner = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    lease_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    recent_calls_json = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    poll_count = table.Column<int>(type: "integer", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tracked_sessions", x => x.session_id);
                });

            migrationBuilder.CreateTable(
                name: "arrival_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    driver_id = table.Column<Guid>(type: "uuid", nullable: false),
                    merchant_id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    charger_id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    arrival_type = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    fulfillment_type = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    status = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    merchant_reply_code = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    order_number = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    order_source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    order_total_cents = table.Column<int>(type: "integer", nullable: true),
                    order_status = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    driver_estimate_cents = table.Column<int>(type: "integer", nullable: true),
                    merchant_reported_total_cents = table.Column<int>(type: "integer", nullable: true),
                    total_source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    vehicle_color = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    vehicle_model = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    order_bound_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    geofence_entered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    merchant_notified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    merchant_confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kitchen_fired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    heads_up_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_lat = table.Column<double>(type: "double precision", nullable: true),
                    created_lng = table.Column<double>(type: "double precision", nullable: true),
                    arrival_lat = table.Column<double>(type: "double precision", nullable: true),
                    arrival_lng = table.Column<double>(type: "double precision", nullable: true),
                    arrival_accuracy_m = table.Column<double>(type: "double precision", nullable: true),
                    arrival_source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    platform_fee_bps = table.Column<int>(type: "integer", nullable: false),
                    billable_amount_cents = table.Column<int>(type: "integer", nullable: true),
                    billing_status = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    feedback_rating = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    feedback_reason = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    feedback_comment = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    smartcar_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    smartcar_vehicle_id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    smartcar_last_location_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    smartcar_last_location_lat = table.Column<double>(type: "double precision", nullable: true),
                    smartcar_last_location_lng = table.Column<double>(type: "double precision", nullable: true),
                    smartcar_eta_minutes = table.Column<double>(type: "double precision", nullable: true),
                    target_soc_percent = table.Column<int>(type: "integer", nullable: true),
                    smartcar_last_battery_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    smartcar_last_battery_percent = table.Column<double>(type: "double precision", nullable: true),
                    charge_complete_trigger = table.Column<bool>(type: "boolean", nullable: false),
                    charge_completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    charge_minutes_to_target = table.Column<double>(type: "double precision", nullable: true),
                    tracking_memory_json = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_arrival_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_arrival_sessions_drivers_driver_id",
                        column: x => x.driver_id,
                        principalTable: "drivers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_arrival_sessions_merchants_merchant_id",
                        column: x => x.merchant_id,
                        principalTable: "merchants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "merchant_chargers",
                columns: table => new
                {
                    merchant_id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    charger_id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    walk_m = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_merchant_chargers", x => new { x.merchant_id, x.charger_id });
                    table.ForeignKey(
                        name: "fk_merchant_chargers_chargers_charger_id",
                        column: x => x.charger_id,
                        principalTable: "chargers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_merchant_chargers_merchants_merchant_id",
                        column: x => x.merchant_id,
                        principalTable: "merchants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "merchant_staff",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    merchant_id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    email = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    password_hash = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_merchant_staff", x => x.id);
                    table.ForeignKey(
                        name: "fk_merchant_staff_merchants_merchant_id",
                        column: x => x.merchant_id,
                        principalTable: "merchants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_arrival_sessions_driver_id_idempotency_key",
                table: "arrival_sessions",
                columns: new[] { "driver_id", "idempotency_key" },
                unique: true,
                filter: "idempotency_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_arrival_sessions_merchant_id_created_at",
                table: "arrival_sessions",
                columns: new[] { "merchant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_arrival_sessions_status_expires_at",
                table: "arrival_sessions",
                columns: new[] { "status", "expires_at" });

            migrationBuilder.CreateIndex(
                name: "ux_sessions_one_active_per_driver",
                table: "arrival_sessions",
                column: "driver_id",
                unique: true,
                filter: "status IN ('pending_order', 'awaiting_arrival', 'arrived', 'merchant_notified')");

            migrationBuilder.CreateIndex(
                name: "ux_sessions_reply_code_per_merchant",
                table: "arrival_sessions",
                columns: new[] { "merchant_id", "merchant_reply_code" },
                unique: true,
                filter: "status IN ('pending_order', 'awaiting_arrival', 'arrived', 'merchant_notified')");

            migrationBuilder.CreateIndex(
                name: "ix_billing_events_session_id",
                table: "billing_events",
                column: "session_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_chargers_lat_lng",
                table: "chargers",
                columns: new[] { "lat", "lng" });

            migrationBuilder.CreateIndex(
                name: "ix_dev_outbox_created_at",
                table: "dev_outbox",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_drivers_phone",
                table: "drivers",
                column: "phone",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_created_at",
                table: "idempotency_records",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_scope_key",
                table: "idempotency_records",
                columns: new[] { "scope", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_merchant_chargers_charger_id",
                table: "merchant_chargers",
                column: "charger_id");

            migrationBuilder.CreateIndex(
                name: "ix_merchant_staff_email",
                table: "merchant_staff",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_merchant_staff_merchant_id",
                table: "merchant_staff",
                column: "merchant_id");

            migrationBuilder.CreateIndex(
                name: "ix_o_auth_states_state_hash",
                table: "o_auth_states",
                column: "state_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_otp_codes_client_ip_created_at",
                table: "otp_codes",
                columns: new[] { "client_ip", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_otp_codes_phone_created_at",
                table: "otp_codes",
                columns: new[] { "phone", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_dedupe_key",
                table: "outbox_messages",
                column: "dedupe_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_status_next_attempt_at",
                table: "outbox_messages",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_processed_webhooks_source_event_id",
                table: "processed_webhooks",
                columns: new[] { "source", "event_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_queued_orders_session_id",
                table: "queued_orders",
                column: "session_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_refresh_tokens_token_hash",
                table: "refresh_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_smartcar_connections_driver_id_vehicle_id",
                table: "smartcar_connections",
                columns: new[] { "driver_id", "vehicle_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_smartcar_connections_grant_id",
                table: "smartcar_connections",
                column: "grant_id");

            migrationBuilder.CreateIndex(
                name: "ix_smartcar_connections_vehicle_id",
                table: "smartcar_connections",
                column: "vehicle_id");

            migrationBuilder.CreateIndex(
                name: "ix_tracked_sessions_active_next_poll_at",
                table: "tracked_sessions",
                columns: new[] { "active", "next_poll_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "arrival_sessions");

            migrationBuilder.DropTable(
                name: "billing_events");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "dev_outbox");

            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.DropTable(
                name: "merchant_chargers");

            migrationBuilder.DropTable(
                name: "merchant_staff");

            migrationBuilder.DropTable(
                name: "o_auth_states");

            migrationBuilder.DropTable(
                name: "otp_codes");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "processed_webhooks");

            migrationBuilder.DropTable(
                name: "queued_orders");

            migrationBuilder.DropTable(
                name: "rate_buckets");

            migrationBuilder.DropTable(
                name: "refresh_tokens");

            migrationBuilder.DropTable(
                name: "smartcar_connections");

            migrationBuilder.DropTable(
                name: "tracked_sessions");

            migrationBuilder.DropTable(
                name: "drivers");

            migrationBuilder.DropTable(
                name: "chargers");

            migrationBuilder.DropTable(
                name: "merchants");
        }
    }
}
