using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>
/// PUT /v1/arrival/{id}/order — binds the merchant's order number; the POS is asked for the real total. The driver's
/// estimate must be within 1 cent and the merchant's largest order (400 ESTIMATE_OUT_OF_RANGE).
/// </summary>
public static class BindOrder
{
    public static async Task<Results<Ok<SessionResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid id,
        BindOrderRequest request, ClaimsPrincipal user, SessionStore store, NeravaDbContext db, PosLookup pos,
        CatalogCache catalog, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Require(request.OrderNumber is { Length: >= 1 and <= 100 } n && !string.IsNullOrWhiteSpace(n), "order_number", "1–100 characters.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var (row, problem) = await store.OpenForDriverAsync(id, user.SubjectId(), ct);
        if (row is null)
        {
            return problem!;
        }

        var merchant = await db.Merchants.AsNoTracking().SingleAsync(m => m.Id == row.MerchantId, ct);
        if (!SessionPairing.EstimateInRange(request.EstimatedTotalCents, merchant.MaxOrderCents))
        {
            return PairingProblems.EstimateOutOfRange(merchant);
        }

        var number = request.OrderNumber!.Trim();
        // Asked once, outside the door: a POS call must not repeat if the door re-reads the row.
        var found = await pos.FindAsync(merchant, number, ct);
        var now = clock.GetUtcNow();
        var result = await store.ApplyAsync(row, (r, _) => Task.FromResult(new SessionChange
        {
            Trigger = SessionTrigger.OrderBound,
            // An estimate given on create stands unless this one replaces it.
            Facts = [new SessionFacts.OrderBound(number, request.EstimatedTotalCents ?? r.DriverEstimateCents, found, now)],
            Events = [new AnalyticsEvent(AnalyticsEvents.OrderBound, new Dictionary<string, object?> { ["order_source"] = found?.Source ?? OrderSources.Manual })],
        }), ct);
        return result.Outcome switch
        {
            ApplyOutcome.Applied => TypedResults.Ok(await SessionView.LoadAsync(catalog, row, ct)),
            ApplyOutcome.Rejected => TransitionProblems.For(result.Transition!),
            _ => TransitionProblems.Raced(),
        };
    }
}
