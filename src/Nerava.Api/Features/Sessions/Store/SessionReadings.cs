using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Realtime;
using Nerava.Arrival.Sessions;
using Npgsql;
using NpgsqlTypes;

namespace Nerava.Api.Features.Sessions;

/// <summary>
/// The tracking engine's quiet path through the door: readings of many sessions whose signal decided nothing (no
/// transition, no message), put on the rows by <see cref="SessionRowWriter"/> and written set-wise — one statement for a
/// whole group on PostgreSQL — then published. A transition always goes through SessionStore.ApplyAsync.
/// </summary>
public sealed class SessionReadings(NeravaDbContext db, SessionBroadcaster broadcaster)
{
    /// <summary>
    /// Writes the readings of sessions whose signal decided nothing (so status, heads-up and kitchen fire are still as
    /// read), guarded like a tracked save: a row where one of those changed since it was read is left alone. Returns the
    /// ids written.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> SaveAsync(IReadOnlyList<(ArrivalSessionRow Row, SessionFacts.Readings Readings)> readings,
        CancellationToken ct)
    {
        if (readings.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var rows = readings.Select(r => r.Row).ToList();
        foreach (var (row, fact) in readings)
        {
            SessionRowWriter.Apply(db, row, fact);
        }

        if (db.IsPostgres)
        {
            var written = await db.Database.SqlQueryRaw<Guid>("""
                UPDATE arrival_sessions AS s SET
                    tracking_memory_json = v.memory, smartcar_last_location_lat = v.lat, smartcar_last_location_lng = v.lng,
                    smartcar_last_location_at = v.located_at, smartcar_eta_minutes = v.eta, smartcar_last_battery_percent = v.battery,
                    smartcar_last_battery_at = v.battery_at, charge_minutes_to_target = v.to_target
                FROM unnest(@ids, @statuses, @heads_up, @memory, @lat, @lng, @located_at, @eta, @battery, @battery_at, @to_target)
                    AS v(id, status, heads_up, memory, lat, lng, located_at, eta, battery, battery_at, to_target)
                WHERE s.id = v.id AND s.status = v.status AND s.kitchen_fired_at IS NULL AND s.heads_up_sent_at IS NOT DISTINCT FROM v.heads_up
                RETURNING s.id AS "Value"
                """,
                Array("ids", NpgsqlDbType.Uuid, rows.Select(r => r.Id)),
                Array("statuses", NpgsqlDbType.Text, rows.Select(r => SessionStatusNames.ToWire(r.Status))),
                Array("heads_up", NpgsqlDbType.TimestampTz, rows.Select(r => Utc(r.HeadsUpSentAt))),
                Array("memory", NpgsqlDbType.Text, rows.Select(r => r.TrackingMemoryJson)),
                Array("lat", NpgsqlDbType.Double, rows.Select(r => r.SmartcarLastLocationLat)),
                Array("lng", NpgsqlDbType.Double, rows.Select(r => r.SmartcarLastLocationLng)),
                Array("located_at", NpgsqlDbType.TimestampTz, rows.Select(r => Utc(r.SmartcarLastLocationAt))),
                Array("eta", NpgsqlDbType.Double, rows.Select(r => r.SmartcarEtaMinutes)),
                Array("battery", NpgsqlDbType.Double, rows.Select(r => r.SmartcarLastBatteryPercent)),
                Array("battery_at", NpgsqlDbType.TimestampTz, rows.Select(r => Utc(r.SmartcarLastBatteryAt))),
                Array("to_target", NpgsqlDbType.Double, rows.Select(r => r.ChargeMinutesToTarget))).ToListAsync(ct);
            return await PublishAsync(rows, written.ToHashSet(), ct);
        }

        var applied = new HashSet<Guid>();
        foreach (var r in rows)
        {
            var n = await db.Sessions
                .Where(s => s.Id == r.Id && s.Status == r.Status && s.KitchenFiredAt == null && s.HeadsUpSentAt == r.HeadsUpSentAt)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.TrackingMemoryJson, r.TrackingMemoryJson)
                    .SetProperty(s => s.SmartcarLastLocationLat, r.SmartcarLastLocationLat).SetProperty(s => s.SmartcarLastLocationLng, r.SmartcarLastLocationLng)
                    .SetProperty(s => s.SmartcarLastLocationAt, r.SmartcarLastLocationAt).SetProperty(s => s.SmartcarEtaMinutes, r.SmartcarEtaMinutes)
                    .SetProperty(s => s.SmartcarLastBatteryPercent, r.SmartcarLastBatteryPercent).SetProperty(s => s.SmartcarLastBatteryAt, r.SmartcarLastBatteryAt)
                    .SetProperty(s => s.ChargeMinutesToTarget, r.ChargeMinutesToTarget), ct);
            if (n == 1)
            {
                applied.Add(r.Id);
            }
        }

        return await PublishAsync(rows, applied, ct);
    }

    private async Task<IReadOnlySet<Guid>> PublishAsync(IReadOnlyList<ArrivalSessionRow> rows, HashSet<Guid> written, CancellationToken ct)
    {
        foreach (var row in rows.Where(r => written.Contains(r.Id)))
        {
            await broadcaster.PublishAsync(row, ct);
        }

        return written;
    }

    private static DateTimeOffset? Utc(DateTimeOffset? at) => at?.ToUniversalTime();

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };
}
