using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Features.Realtime;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>POST /v1/arrival/{id}/cancel — from any active status; a queued order is canceled with it.</summary>
public static class CancelSession
{
    public static async Task<Results<Ok<OkResponse>, ProblemHttpResult>> HandleAsync(Guid id, ClaimsPrincipal user, SessionStore store,
        NeravaDbContext db, SessionBroadcaster broadcaster, AnalyticsSink analytics, CancellationToken ct)
    {
        var (row, problem) = await store.OpenForDriverAsync(id, user.SubjectId(), ct);
        if (row is null)
        {
            return problem!;
        }

        var queued = await db.QueuedOrders.SingleOrDefaultAsync(q => q.SessionId == id && q.Status == "queued", ct);
        var result = await store.ApplyAsync(row, SessionTrigger.Cancel, _ =>
        {
            if (queued is not null)
            {
                queued.Status = "canceled";
            }
        }, ct);
        if (result.Outcome != StoreOutcome.Applied)
        {
            return result.Transition is { } t ? TransitionProblems.For(t) : TransitionProblems.Raced();
        }

        await db.TrackedSessions.Where(t => t.SessionId == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Active, false), ct);
        analytics.Capture("ev_arrival.canceled", row.DriverId.ToString(), new Dictionary<string, object?> { ["session_id"] = id });
        await broadcaster.PublishAsync(row, ct);
        return TypedResults.Ok(new OkResponse(true, row.Status));
    }
}
