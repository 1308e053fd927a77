using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Analytics;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

public sealed record FulfilmentResult(ApplyResult Result, string Status, int? BillableAmountCents);

/// <summary>
/// The merchant confirms the hand-over (console, API or SMS reply) — only after arrival. Bills the merchant's fee
/// (5 % by default) of the best known total: POS, then merchant-reported, then the driver's estimate; with none,
/// completed_unbillable. A race with the dispatcher's arrived → merchant_notified is re-read and re-applied by the door.
/// </summary>
public sealed class ConfirmFulfilment(SessionStore store, TimeProvider clock)
{
    public async Task<FulfilmentResult> ConfirmAsync(ArrivalSessionRow row, int? merchantReportedTotalCents, CancellationToken ct)
    {
        if (await store.ExpireIfDueAsync(row, ct))
        {
            var expired = SessionTransitions.Apply(SessionStatus.Expired, SessionTrigger.MerchantConfirmed);
            return new FulfilmentResult(new ApplyResult(ApplyOutcome.Rejected, expired), SessionStatusNames.ToWire(row.Status), null);
        }

        var result = await store.ApplyAsync(row, (r, _) => Task.FromResult(Decide(r, merchantReportedTotalCents, clock.GetUtcNow())), ct);
        return new FulfilmentResult(result, SessionStatusNames.ToWire(row.Status), row.BillableAmountCents);
    }

    private static SessionChange Decide(ArrivalSessionRow r, int? merchantReportedTotalCents, DateTimeOffset now)
    {
        var posTotal = OrderSources.IsPos(r.OrderSource) ? r.OrderTotalCents : null;
        var reported = merchantReportedTotalCents is > 0 ? merchantReportedTotalCents : r.MerchantReportedTotalCents;
        var billing = Billing.Compute(posTotal, reported, r.DriverEstimateCents, r.PlatformFeeBps);
        var trigger = billing.Billable ? SessionTrigger.MerchantConfirmed : SessionTrigger.MerchantConfirmedUnbillable;
        var status = SessionStatusNames.ToWire(billing.Billable ? SessionStatus.Completed : SessionStatus.CompletedUnbillable);
        return new SessionChange
        {
            Trigger = trigger,
            Facts = [new SessionFacts.Completed(billing, reported, now)],
            Effects = SessionEffects.StopTracking,
            Events =
            [
                new AnalyticsEvent(AnalyticsEvents.MerchantConfirmed, new Dictionary<string, object?>
                {
                    ["billable_amount_cents"] = billing.BillableAmountCents,
                    ["total_source"] = billing.TotalSource,
                }),
                new AnalyticsEvent(AnalyticsEvents.Completed, new Dictionary<string, object?> { ["status"] = status }),
            ],
        };
    }
}
