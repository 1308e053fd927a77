using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Arrival.Policy;

namespace Nerava.Api.Features.Tracking;

/// <summary>
/// A webhook push is a poll we did not pay for: re-plan the session's next poll from the fresh data, so pushes
/// replace most polls (a row currently leased by a worker is left to that worker). A push whose fix the policy did not take
/// (older than what it knew: webhooks can arrive an hour late) may bring the next poll forward but never postpone it.
/// </summary>
public sealed class PushReplanner(NeravaDbContext db, PollPlanner planner, TimeProvider clock)
{
    public async Task ReplanAsync(ArrivalSessionRow session, PolicyOutcome? outcome, CancellationToken ct)
    {
        var tracked = await db.TrackedSessions.AsNoTracking().SingleOrDefaultAsync(t => t.SessionId == session.Id && t.Active, ct);
        if (tracked is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var plan = await planner.PlanAsync(session, outcome, planner.RecentCalls(tracked, now), now, null, ct);
        var tookTheFix = outcome?.Memory.LastFix() is { } last && session.SmartcarLastLocationAt == last.At;
        if (!tookTheFix && plan.NextPollAt > tracked.NextPollAt)
        {
            return;
        }
        await db.TrackedSessions.Where(t => t.SessionId == session.Id && (t.LeaseUntil == null || t.LeaseUntil < now))
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.NextPollAt, plan.NextPollAt).SetProperty(t => t.Priority, plan.Priority)
                .SetProperty(t => t.ClaimBy, plan.ClaimBy(now))
                .SetProperty(t => t.UpdatedAt, now), ct);
    }
}
