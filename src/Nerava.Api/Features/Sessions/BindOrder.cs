using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Features.Realtime;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>PUT /v1/arrival/{id}/order — binds the merchant's order number; the POS is asked for the real total.</summary>
public static class BindOrder
{
    public static async Task<Results<Ok<SessionResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid id,
        BindOrderRequest request, ClaimsPrincipal user, SessionStore store, NeravaDbContext db, PosLookup pos,
        CatalogCache catalog, SessionBroadcaster broadcaster, AnalyticsSink analytics, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Require(request.OrderNumber is { Length: >= 1 and <= 100 } n && !string.IsNullOrWhiteSpace(n), "order_number", "1–100 characters.")
            .NonNegative(request.EstimatedTotalCents, "estimated_total_cents");
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
        var found = await pos.FindAsync(merchant, request.OrderNumber!.Trim(), ct);
        var result = await store.ApplyAsync(row, SessionTrigger.OrderBound, s =>
        {
            s.OrderNumber = request.OrderNumber!.Trim();
            s.OrderBoundAt = clock.GetUtcNow();
            s.DriverEstimateCents = request.EstimatedTotalCents;
            s.OrderSource = found?.Source ?? "manual";
            s.OrderTotalCents = found?.TotalCents ?? request.EstimatedTotalCents;
            s.OrderStatus = found?.Status;
            s.TotalSource = found is not null ? "pos" : request.EstimatedTotalCents is > 0 ? "driver_estimate" : null;
        }, ct);
        if (result.Outcome == StoreOutcome.Rejected)
        {
            return TransitionProblems.For(result.Transition!);
        }

        if (result.Outcome == StoreOutcome.Raced)
        {
            return TransitionProblems.Raced();
        }

        analytics.Capture("ev_arrival.order_bound", row.DriverId.ToString(),
            new Dictionary<string, object?> { ["session_id"] = row.Id, ["order_source"] = row.OrderSource });
        await broadcaster.PublishAsync(row, ct);
        return TypedResults.Ok(await SessionView.LoadAsync(catalog, row, ct));
    }
}
