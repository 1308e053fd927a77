using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Npgsql;
using NpgsqlTypes;

namespace Nerava.Api.Features.Tracking;

public sealed record ClaimedSession(TrackedSession Tracked, ArrivalSessionRow? Session);

/// <summary>
/// Reads and releases a claimed batch set-wise: two queries in, one statement out on PostgreSQL (unnest of arrays), so a
/// batch of hundreds of polls costs a handful of round trips (the readings go through Sessions' SessionReadings, the
/// same way). SQLite (embedded, one writer) writes row by row.
/// </summary>
public sealed class TrackingBatchStore(NeravaDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClaimedSession>> LoadAsync(IReadOnlyList<Guid> ids, string owner, CancellationToken ct)
    {
        var tracked = await db.TrackedSessions.AsNoTracking().Where(t => ids.Contains(t.SessionId) && t.LeaseOwner == owner).ToListAsync(ct);
        var sessions = await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        return [.. tracked.Select(t => new ClaimedSession(t, sessions.GetValueOrDefault(t.SessionId)))];
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

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };
}
