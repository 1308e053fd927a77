using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;

namespace Nerava.Api.Features.Tracking;

/// <summary>
/// Claims due tracking rows with a lease. On PostgreSQL one statement picks them with FOR UPDATE SKIP LOCKED, so
/// concurrent workers never take the same row; SQLite has a single writer, so a guarded update per row does it.
/// A worker that dies keeps nothing: its lease runs out and another worker claims the row. Rows are taken in
/// claim_by order (poll time + priority minutes): the most urgent first, and nothing waits forever.
/// </summary>
public sealed class DuePollClaimer(NeravaDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Guid>> ClaimAsync(string owner, int batchSize, TimeSpan lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + lease;
        if (db.IsPostgres)
        {
            return await db.Database.SqlQuery<Guid>($"""
                UPDATE tracked_sessions SET lease_owner = {owner}, lease_until = {until}
                WHERE session_id IN (
                    SELECT session_id FROM tracked_sessions
                    WHERE active AND next_poll_at <= {now} AND (lease_until IS NULL OR lease_until < {now})
                    ORDER BY claim_by
                    LIMIT {batchSize}
                    FOR UPDATE SKIP LOCKED)
                RETURNING session_id AS "Value"
                """).ToListAsync(ct);
        }

        var candidates = await db.TrackedSessions.AsNoTracking()
            .Where(t => t.Active && t.NextPollAt <= now && (t.LeaseUntil == null || t.LeaseUntil < now))
            .OrderBy(t => t.ClaimBy).Select(t => t.SessionId).Take(batchSize).ToListAsync(ct);
        var claimed = new List<Guid>(candidates.Count);
        foreach (var id in candidates)
        {
            var won = await db.TrackedSessions
                .Where(t => t.SessionId == id && t.Active && (t.LeaseUntil == null || t.LeaseUntil < now))
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.LeaseOwner, owner).SetProperty(t => t.LeaseUntil, until), ct);
            if (won == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }
}
