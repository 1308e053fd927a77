using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Features.Realtime;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

public sealed record FulfilmentResult(StoreResult Store, string Status, int? BillableAmountCents);

/// <summary>
/// The merchant confirms the hand-over (console, API or SMS reply) — only after arrival. Bills 5 % (per merchant)
/// of the best known total: POS, then merchant-reported, then the driver's estimate; with none, completed_unbillable.
/// </summary>
public sealed class ConfirmFulfilment(NeravaDbContext db, SessionStore store, SessionBroadcaster broadcaster, AnalyticsSink analytics,
    TimeProvider clock)
{
    public async Task<FulfilmentResult> ConfirmAsync(ArrivalSessionRow row, int? merchantReportedTotalCents, CancellationToken ct)
    {
        if (await store.ExpireIfDueAsync(row, ct))
        {
            var expired = SessionTransitions.Apply(SessionStatus.Expired, SessionTrigger.MerchantConfirmed);
            return new FulfilmentResult(new StoreResult(StoreOutcome.Rejected, expired), row.Status, null);
        }

        var posTotal = row.OrderSource is "toast" or "square" ? row.OrderTotalCents : null;
        var reported = merchantReportedTotalCents is > 0 ? merchantReportedTotalCents : row.MerchantReportedTotalCents;
        var billing = Billing.Compute(posTotal, reported, row.DriverEstimateCents, row.PlatformFeeBps);
        var trigger = billing.Billable ? SessionTrigger.MerchantConfirmed : SessionTrigger.MerchantConfirmedUnbillable;
        var now = clock.GetUtcNow();
        var result = await store.ApplyAsync(row, trigger, s =>
        {
            s.MerchantReportedTotalCents = reported;
            s.MerchantConfirmedAt = now;
            s.CompletedAt = now;
            s.TotalSource = billing.TotalSource;
            s.BillableAmountCents = billing.BillableAmountCents;
            s.BillingStatus = billing.Billable ? "pending" : null;
            if (billing.Billable)
            {
                db.BillingEvents.Add(new BillingEvent
                {
                    Id = Guid.NewGuid(),
                    SessionId = s.Id,
                    MerchantId = s.MerchantId,
                    TotalCents = billing.TotalCents!.Value,
                    FeeBps = s.PlatformFeeBps,
                    BillableAmountCents = billing.BillableAmountCents!.Value,
                    TotalSource = billing.TotalSource!,
                    CreatedAt = now,
                });
            }
        }, ct);

        if (result.Outcome == StoreOutcome.Applied)
        {
            await db.TrackedSessions.Where(t => t.SessionId == row.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.Active, false), ct);
            var who = row.DriverId.ToString();
            analytics.Capture("ev_arrival.merchant_confirmed", who, new Dictionary<string, object?>
            {
                ["session_id"] = row.Id,
                ["billable_amount_cents"] = row.BillableAmountCents,
                ["total_source"] = row.TotalSource,
            });
            analytics.Capture("ev_arrival.completed", who, new Dictionary<string, object?> { ["session_id"] = row.Id, ["status"] = row.Status });
            await broadcaster.PublishAsync(row, ct);
        }

        return new FulfilmentResult(result, row.Status, row.BillableAmountCents);
    }
}
