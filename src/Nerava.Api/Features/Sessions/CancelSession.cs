using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nerava.Api.Data;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Features.Arrival;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>
/// POST /v1/arrival/{id}/cancel — from any active status; a queued order is canceled with it and tracking stops. After the
/// kitchen was told to fire, the merchant is told the order is off, through the outbox with the cancel (domain: Cancellation).
/// </summary>
public static class CancelSession
{
    public static async Task<Results<Ok<OkResponse>, ProblemHttpResult>> HandleAsync(Guid id, ClaimsPrincipal user, SessionStore store,
        CatalogCache catalog, CancellationToken ct)
    {
        var (row, problem) = await store.OpenForDriverAsync(id, user.SubjectId(), ct);
        if (row is null)
        {
            return problem!;
        }

        var result = await store.ApplyAsync(row, async (r, c) =>
        {
            var afterFire = Cancellation.NotifiesMerchant(r.Status, r.KitchenFiredAt is not null);
            var merchant = afterFire ? await catalog.MerchantAsync(r.MerchantId, c) : null;
            return new SessionChange
            {
                Trigger = SessionTrigger.Cancel,
                Messages = merchant is null ? [] : MerchantNotifier.Cancel(r, merchant),
                Effects = SessionEffects.CancelQueuedOrder | SessionEffects.StopTracking,
                Events = [new AnalyticsEvent(AnalyticsEvents.Canceled, new Dictionary<string, object?> { ["after_fire"] = afterFire })],
            };
        }, ct);
        return result.Outcome switch
        {
            ApplyOutcome.Applied => TypedResults.Ok(new OkResponse(true, SessionStatusNames.ToWire(row.Status))),
            ApplyOutcome.Rejected => TransitionProblems.For(result.Transition!),
            _ => TransitionProblems.Raced(),
        };
    }
}
