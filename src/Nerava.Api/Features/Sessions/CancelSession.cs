using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>POST /v1/arrival/{id}/cancel — from any active status; a queued order is canceled with it and tracking stops.</summary>
public static class CancelSession
{
    public static async Task<Results<Ok<OkResponse>, ProblemHttpResult>> HandleAsync(Guid id, ClaimsPrincipal user, SessionStore store,
        CancellationToken ct)
    {
        var (row, problem) = await store.OpenForDriverAsync(id, user.SubjectId(), ct);
        if (row is null)
        {
            return problem!;
        }

        var result = await store.ApplyAsync(row, (_, _) => Task.FromResult(new SessionChange
        {
            Trigger = SessionTrigger.Cancel,
            Effects = SessionEffects.CancelQueuedOrder | SessionEffects.StopTracking,
            Events = [new AnalyticsEvent(AnalyticsEvents.Canceled)],
        }), ct);
        return result.Outcome switch
        {
            ApplyOutcome.Applied => TypedResults.Ok(new OkResponse(true, SessionStatusNames.ToWire(row.Status))),
            ApplyOutcome.Rejected => TransitionProblems.For(result.Transition!),
            _ => TransitionProblems.Raced(),
        };
    }
}
