using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>An order intent queued before departure and released to the merchant's ordering URL on arrival.</summary>
public static class QueueOrder
{
    public static async Task<Results<Created<QueuedOrderResponse>, Ok<QueuedOrderResponse>, ValidationProblem, ProblemHttpResult>> QueueAsync(
        Guid id, QueueOrderRequest request, ClaimsPrincipal user, SessionStore store, NeravaDbContext db, AnalyticsSink analytics,
        TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().MaxLength(request.OrderNumber, 100, "order_number")
            .Require(request.Payload is null || request.Payload.Value.GetRawText().Length <= 4000, "payload", "At most 4000 characters of JSON.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var (row, problem) = await store.OpenForDriverAsync(id, user.SubjectId(), ct);
        if (row is null)
        {
            return problem!;
        }

        if (!SessionStatusNames.IsAwaitingArrival(row.Status))
        {
            return Problems.Conflict(SessionErrorCodes.InvalidTransition, "Orders can only be queued before arrival.");
        }

        var existing = await db.QueuedOrders.AsNoTracking().SingleOrDefaultAsync(q => q.SessionId == id, ct);
        if (existing is not null)
        {
            return TypedResults.Ok(ToResponse(existing));
        }

        var orderingUrl = await db.Merchants.Where(m => m.Id == row.MerchantId).Select(m => m.OrderingUrl).SingleAsync(ct);
        if (string.IsNullOrEmpty(orderingUrl))
        {
            return Problems.Conflict(ErrorCodes.OrderingUnavailable, "This merchant takes no orders ahead.");
        }

        var queued = new QueuedOrder
        {
            Id = Guid.NewGuid(),
            SessionId = id,
            Status = QueuedOrderStatus.Queued,
            OrderNumber = request.OrderNumber,
            PayloadJson = request.Payload?.GetRawText(),
            OrderingUrl = orderingUrl,
            ReleaseUrl = $"{orderingUrl}{(orderingUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?')}nerava_session={id}",
            CreatedAt = clock.GetUtcNow(),
        };
        db.QueuedOrders.Add(queued);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Queued concurrently: idempotent, answer with the one that won.
            db.ChangeTracker.Clear();
            return TypedResults.Ok(ToResponse(await db.QueuedOrders.AsNoTracking().SingleAsync(q => q.SessionId == id, ct)));
        }

        analytics.Capture(new AnalyticsEvent(AnalyticsEvents.OrderQueued, new Dictionary<string, object?> { ["session_id"] = id }), row.DriverId.ToString());
        return TypedResults.Created($"/v1/arrival/{id}/queued-order", ToResponse(queued));
    }

    public static async Task<Results<Ok<QueuedOrderResponse>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user,
        SessionStore store, NeravaDbContext db, CancellationToken ct)
    {
        if (await store.FindForDriverAsync(id, user.SubjectId(), ct) is null)
        {
            return TransitionProblems.NotFound();
        }

        var queued = await db.QueuedOrders.AsNoTracking().SingleOrDefaultAsync(q => q.SessionId == id, ct);
        return queued is null
            ? Problems.NotFound(ErrorCodes.QueuedOrderNotFound, "No order is queued for this session.")
            : TypedResults.Ok(ToResponse(queued));
    }

    private static QueuedOrderResponse ToResponse(QueuedOrder q) =>
        new(q.Id, q.Status, q.OrderingUrl, q.ReleaseUrl, q.OrderNumber, q.CreatedAt, q.ReleasedAt);
}
