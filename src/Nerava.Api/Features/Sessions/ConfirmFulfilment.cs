using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Analytics;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

public sealed record FulfilmentResult(ApplyResult Result, string Status, int? BillableAmountCents, string? TotalSource);

/// <summary>
/// The merchant confirms the hand-over (console, API or SMS reply) — only after arrival. Bills the merchant's fee of the
/// best known total by the domain's Billing: POS, then merchant-reported, then the driver's estimate (only within the
/// merchant's largest order, and marked as confirmed when the merchant confirmed it on screen); never more than the
/// merchant's fee cap. A race with the dispatcher's arrived → merchant_notified is re-read and re-applied by the door.
/// </summary>
public sealed class ConfirmFulfilment(SessionStore store, CatalogCache catalog, TimeProvider clock)
{
    /// <param name="row">The merchant's session.</param>
    /// <param name="merchantReportedTotalCents">A total the merchant typed or texted (0 or null: none).</param>
    /// <param name="confirmedEstimateCents">The driver's estimate the merchant had in front of them when confirming, if any.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<FulfilmentResult> ConfirmAsync(ArrivalSessionRow row, int? merchantReportedTotalCents, int? confirmedEstimateCents,
        CancellationToken ct)
    {
        if (await store.ExpireIfDueAsync(row, ct))
        {
            var expired = SessionTransitions.Apply(SessionStatus.Expired, SessionTrigger.MerchantConfirmed);
            return Result(new ApplyResult(ApplyOutcome.Rejected, expired), row);
        }

        var merchant = await catalog.MerchantAsync(row.MerchantId, ct)
            ?? throw new InvalidOperationException($"Session {row.Id} names an unknown merchant.");
        var caps = new BillingCaps(merchant.MaxOrderCents, merchant.MaxFeeCents);
        if (merchantReportedTotalCents is > 0 and var total && !Billing.ReportedTotalInRange(total, caps))
        {
            return Result(new ApplyResult(ApplyOutcome.Refused, Refusal: new SessionRefusal(SessionErrorCodes.TotalOutOfRange)), row);
        }

        var result = await store.ApplyAsync(row, (r, _) =>
            Task.FromResult(Decide(r, merchantReportedTotalCents, confirmedEstimateCents, caps, clock.GetUtcNow())), ct);
        return Result(result, row);
    }

    private static SessionChange Decide(ArrivalSessionRow r, int? merchantReportedTotalCents, int? confirmedEstimateCents, BillingCaps caps,
        DateTimeOffset now)
    {
        // The estimate cannot change after arrival, so a mismatch is a stale or forged screen, not a race.
        if (confirmedEstimateCents is { } seen && SessionStatusNames.IsArrived(r.Status) && seen != r.DriverEstimateCents)
        {
            return SessionChange.Refuse(SessionErrorCodes.EstimateChanged);
        }

        var posTotal = OrderSources.IsPos(r.OrderSource) ? r.OrderTotalCents : null;
        var reported = merchantReportedTotalCents is > 0 ? merchantReportedTotalCents : r.MerchantReportedTotalCents;
        var billing = Billing.Compute(new BillingTotals(posTotal, reported, r.DriverEstimateCents, confirmedEstimateCents is not null),
            r.PlatformFeeBps, caps);
        var status = SessionStatusNames.ToWire(billing.Billable ? SessionStatus.Completed : SessionStatus.CompletedUnbillable);
        return new SessionChange
        {
            Trigger = billing.Billable ? SessionTrigger.MerchantConfirmed : SessionTrigger.MerchantConfirmedUnbillable,
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

    private static FulfilmentResult Result(ApplyResult result, ArrivalSessionRow row) =>
        new(result, SessionStatusNames.ToWire(row.Status), row.BillableAmountCents, row.TotalSource);
}
