using Nerava.Api.Features.Smartcar;
using Nerava.Arrival.Geo;
using Npgsql;
using NpgsqlTypes;
using static System.FormattableString;

namespace Nerava.Bench.Capacity;

/// <summary>A session's place: its merchant and charger.</summary>
internal sealed record SessionSite(string MerchantId, string ChargerId, GeoPoint Charger);

/// <summary>
/// Inserts the capacity run's rows with binary COPY, as the product would have them: a driver, a connected car (tokens encrypted
/// with the API's own Data Protection keys, access tokens expiring over the next two hours so refreshes happen during the run, a
/// Smartcar user id for v3), an awaiting-arrival session (30 % Ready After Charge to 80 %), and its tracked row, due within the
/// first minute.
/// </summary>
internal static class CapacitySeeder
{
    public static async Task<List<SessionSite>> SitesAsync(string cs)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        var sites = new List<SessionSite>();
        await using var cmd = new NpgsqlCommand(
            "SELECT mc.merchant_id, mc.charger_id, c.lat, c.lng FROM merchant_chargers mc JOIN chargers c ON c.id = mc.charger_id ORDER BY 1, 2", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            sites.Add(new SessionSite(reader.GetString(0), reader.GetString(1), new GeoPoint(reader.GetDouble(2), reader.GetDouble(3))));
        }

        return sites;
    }

    public static async Task SeedAsync(string cs, IReadOnlyList<FleetCar> cars, IReadOnlyList<SessionSite> sites, TokenVault vault, DateTimeOffset now)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        var n = cars.Count;
        var drivers = Enumerable.Range(0, n).Select(_ => Guid.CreateVersion7()).ToArray();
        var sessions = Enumerable.Range(0, n).Select(_ => Guid.CreateVersion7()).ToArray();
        var utc = now.UtcDateTime;

        await using (var w = await conn.BeginBinaryImportAsync("COPY drivers (id, phone, vehicle_color, vehicle_model, created_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < n; i++)
            {
                await w.StartRowAsync();
                await w.WriteAsync(drivers[i], NpgsqlDbType.Uuid);
                await w.WriteAsync(Invariant($"+1555{i:D7}"), NpgsqlDbType.Varchar);
                await w.WriteAsync("Blue", NpgsqlDbType.Varchar);
                await w.WriteAsync("EV", NpgsqlDbType.Varchar);
                await w.WriteAsync(utc, NpgsqlDbType.TimestampTz);
            }

            await w.CompleteAsync();
        }

        var rng = new Random(7);
        await using (var w = await conn.BeginBinaryImportAsync(
            "COPY smartcar_connections (id, driver_id, grant_id, vehicle_id, smartcar_user_id, access_token_protected, refresh_token_protected, "
            + "access_expires_at, refresh_expires_at, is_primary, status, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < n; i++)
            {
                await w.StartRowAsync();
                await w.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await w.WriteAsync(drivers[i], NpgsqlDbType.Uuid);
                await w.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await w.WriteAsync(cars[i].VehicleId, NpgsqlDbType.Varchar);
                await w.WriteAsync(Invariant($"user-{i}"), NpgsqlDbType.Varchar);
                await w.WriteAsync(vault.Protect(Invariant($"access-{i}")), NpgsqlDbType.Varchar);
                await w.WriteAsync(vault.Protect(Invariant($"refresh-{i}")), NpgsqlDbType.Varchar);
                // Refreshed 5 min before expiry (SmartcarHostOptions.RefreshMargin): expiries spread over the next two hours.
                await w.WriteAsync(utc.AddMinutes(6 + (rng.NextDouble() * 120)), NpgsqlDbType.TimestampTz);
                await w.WriteAsync(utc.AddDays(59), NpgsqlDbType.TimestampTz);
                await w.WriteAsync(true, NpgsqlDbType.Boolean);
                await w.WriteAsync("active", NpgsqlDbType.Varchar);
                await w.WriteAsync(utc, NpgsqlDbType.TimestampTz);
                await w.WriteAsync(utc, NpgsqlDbType.TimestampTz);
            }

            await w.CompleteAsync();
        }

        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var w = await conn.BeginBinaryImportAsync(
            "COPY arrival_sessions (id, driver_id, merchant_id, charger_id, arrival_type, fulfillment_type, status, merchant_reply_code, "
            + "order_number, created_at, order_bound_at, expires_at, platform_fee_bps, smartcar_enabled, smartcar_vehicle_id, charge_complete_trigger, "
            + "target_soc_percent) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < n; i++)
            {
                var site = sites[i % sites.Count];
                var code = codes[site.MerchantId] = codes.GetValueOrDefault(site.MerchantId, 999) + 1;
                await w.StartRowAsync();
                await w.WriteAsync(sessions[i], NpgsqlDbType.Uuid);
                await w.WriteAsync(drivers[i], NpgsqlDbType.Uuid);
                await w.WriteAsync(site.MerchantId, NpgsqlDbType.Varchar);
                await w.WriteAsync(site.ChargerId, NpgsqlDbType.Varchar);
                await w.WriteAsync("ev_curbside", NpgsqlDbType.Varchar);
                await w.WriteAsync("walk_in", NpgsqlDbType.Varchar);
                await w.WriteAsync("awaiting_arrival", NpgsqlDbType.Varchar);
                await w.WriteAsync(Invariant($"{code}"), NpgsqlDbType.Varchar);
                await w.WriteAsync(Invariant($"C{i}"), NpgsqlDbType.Varchar);
                await w.WriteAsync(utc, NpgsqlDbType.TimestampTz);
                await w.WriteAsync(utc, NpgsqlDbType.TimestampTz);
                await w.WriteAsync(utc.AddHours(6), NpgsqlDbType.TimestampTz);
                await w.WriteAsync(500, NpgsqlDbType.Integer);
                await w.WriteAsync(true, NpgsqlDbType.Boolean);
                await w.WriteAsync(cars[i].VehicleId, NpgsqlDbType.Varchar);
                await w.WriteAsync(false, NpgsqlDbType.Boolean);
                if (cars[i].ReadyAfterCharge)
                {
                    await w.WriteAsync(80, NpgsqlDbType.Integer);
                }
                else
                {
                    await w.WriteNullAsync();
                }
            }

            await w.CompleteAsync();
        }

        await using (var w = await conn.BeginBinaryImportAsync(
            "COPY tracked_sessions (session_id, next_poll_at, claim_by, priority, recent_calls_json, poll_count, active, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < n; i++)
            {
                // As if the sessions were already being tracked: first polls spread over the first minute.
                var due = utc.AddSeconds(rng.NextDouble() * 60);
                await w.StartRowAsync();
                await w.WriteAsync(sessions[i], NpgsqlDbType.Uuid);
                await w.WriteAsync(due, NpgsqlDbType.TimestampTz);
                await w.WriteAsync(due, NpgsqlDbType.TimestampTz);
                await w.WriteAsync(0, NpgsqlDbType.Integer);
                await w.WriteAsync("[]", NpgsqlDbType.Varchar);
                await w.WriteAsync(0, NpgsqlDbType.Integer);
                await w.WriteAsync(true, NpgsqlDbType.Boolean);
                await w.WriteAsync(utc, NpgsqlDbType.TimestampTz);
            }

            await w.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE", conn) { CommandTimeout = 600 };
        await analyze.ExecuteNonQueryAsync();
    }
}
