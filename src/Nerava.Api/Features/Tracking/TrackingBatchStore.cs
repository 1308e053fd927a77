using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Npgsql;
using NpgsqlTypes;

namespace Nerava.Api.Features.Tracking;

public sealed record ClaimedSession(TrackedSession Tracked, ArrivalSessionRow? Session);

/// <summary>
/// Reads and writes a claimed batch set-wise: two queries in, one statement per table out on PostgreSQL (unnest of
/// arrays), so a batch of hundreds of polls costs a handful of round trips. SQLite (embedded, one writer) writes row by row.
/// </summary>
public sealed class TrackingBatchStore(NeravaDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClaimedSession>> LoadAsync(IReadOnlyList<Guid> ids, string owner, CancellationToken ct)
    {
        var tracked = await db.TrackedSessions.AsNoTracking().Where(t => ids.Contains(t.SessionId) && t.LeaseOwner == owner).ToListAsync(ct);
        var sessions = await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        return [.. tracked.Select(t => new ClaimedSession(t, sessions.GetValueOrDefault(t.SessionId)))];
    }

    /// <summary>
    /// Writes the readings of sessions whose signal decided nothing (so status, heads-up and kitchen fire are still as
    /// read), guarded like a tracked save: a row where one of those changed since it was read is left alone. Returns the
    /// ids written.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> SaveReadingsAsync(IReadOnlyList<ArrivalSessionRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return new HashSet<Guid>();
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
                Array("statuses", NpgsqlDbType.Text, rows.Select(r => r.Status)),
                Array("heads_up", NpgsqlDbType.TimestampTz, rows.Select(r => Utc(r.HeadsUpSentAt))),
                Array("memory", NpgsqlDbType.Text, rows.Select(r => r.TrackingMemoryJson)),
                Array("lat", NpgsqlDbType.Double, rows.Select(r => r.SmartcarLastLocationLat)),
                Array("lng", NpgsqlDbType.Double, rows.Select(r => r.SmartcarLastLocationLng)),
                Array("located_at", NpgsqlDbType.TimestampTz, rows.Select(r => Utc(r.SmartcarLastLocationAt))),
                Array("eta", NpgsqlDbType.Double, rows.Select(r => r.SmartcarEtaMinutes)),
                Array("battery", NpgsqlDbType.Double, rows.Select(r => r.SmartcarLastBatteryPercent)),
                Array("battery_at", NpgsqlDbType.TimestampTz, rows.Select(r => Utc(r.SmartcarLastBatteryAt))),
                Array("to_target", NpgsqlDbType.Double, rows.Select(r => r.ChargeMinutesToTarget))).ToListAsync(ct);
            return written.ToHashSet();
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

        return applied;
    }

    /// <summary>Lets go of claimed rows with their next plan; only rows this owner still holds are written.</summary>
    public async Task ReleaseAsync(IReadOnlyList<PollRelease> releases, string owner, CancellationToken ct)
    {
        if (releases.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync("""
                UPDATE tracked_sessions AS t SET next_poll_at = v.next, claim_by = v.claim_by, priority = v.priority, active = v.active,
                    recent_calls_json = v.calls, poll_count = t.poll_count + v.polled, lease_owner = NULL, lease_until = NULL, updated_at = @now
                FROM unnest(@ids, @next, @claim_by, @priority, @active, @calls, @polled) AS v(id, next, claim_by, priority, active, calls, polled)
                WHERE t.session_id = v.id AND t.lease_owner = @owner
                """, [
                    Array("ids", NpgsqlDbType.Uuid, releases.Select(r => r.SessionId)),
                    Array("next", NpgsqlDbType.TimestampTz, releases.Select(r => (r.Plan?.NextPollAt ?? now).ToUniversalTime())),
                    Array("claim_by", NpgsqlDbType.TimestampTz, releases.Select(r => (r.ClaimBy ?? now).ToUniversalTime())),
                    Array("priority", NpgsqlDbType.Integer, releases.Select(r => r.Plan?.Priority ?? 0)),
                    Array("active", NpgsqlDbType.Boolean, releases.Select(r => r.Active)),
                    Array("calls", NpgsqlDbType.Text, releases.Select(r => JsonSerializer.Serialize(r.Calls))),
                    Array("polled", NpgsqlDbType.Integer, releases.Select(r => r.Polled ? 1 : 0)),
                    new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now.ToUniversalTime() },
                    new NpgsqlParameter("owner", NpgsqlDbType.Text) { Value = owner },
                ], ct);
            return;
        }

        foreach (var r in releases)
        {
            var (next, claimBy, priority, calls, polled) = (r.Plan?.NextPollAt ?? now, r.ClaimBy ?? now, r.Plan?.Priority ?? 0,
                JsonSerializer.Serialize(r.Calls), r.Polled ? 1 : 0);
            await db.TrackedSessions.Where(t => t.SessionId == r.SessionId && t.LeaseOwner == owner).ExecuteUpdateAsync(u => u
                .SetProperty(t => t.NextPollAt, next).SetProperty(t => t.ClaimBy, claimBy).SetProperty(t => t.Priority, priority)
                .SetProperty(t => t.Active, r.Active).SetProperty(t => t.RecentCallsJson, calls).SetProperty(t => t.PollCount, t => t.PollCount + polled)
                .SetProperty(t => t.LeaseOwner, (string?)null).SetProperty(t => t.LeaseUntil, (DateTimeOffset?)null).SetProperty(t => t.UpdatedAt, now), ct);
        }
    }

    private static DateTimeOffset? Utc(DateTimeOffset? at) => at?.ToUniversalTime();

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };
}
