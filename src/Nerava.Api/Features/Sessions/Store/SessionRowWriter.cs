using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>
/// The one place that assigns a session row's columns (and writes its billing event): new rows, statuses decided by
/// the transition table, and <see cref="SessionFact"/>s. Saving is <see cref="SessionStore"/>'s job; an architecture
/// test fails when anything else sets a property of <see cref="ArrivalSessionRow"/>.
/// </summary>
public static class SessionRowWriter
{
    public static ArrivalSessionRow NewRow(NewSession s, string replyCode) => new()
    {
        Id = s.Id,
        DriverId = s.DriverId,
        MerchantId = s.MerchantId,
        ChargerId = s.ChargerId,
        ArrivalType = s.ArrivalType,
        FulfillmentType = s.FulfillmentType,
        Status = SessionStatus.PendingOrder,
        MerchantReplyCode = replyCode,
        IdempotencyKey = s.IdempotencyKey,
        VehicleColor = s.VehicleColor,
        VehicleModel = s.VehicleModel,
        VehiclePlate = s.VehiclePlate,
        CreatedAt = s.CreatedAt,
        ExpiresAt = s.ExpiresAt,
        CreatedLat = s.CreatedLat,
        CreatedLng = s.CreatedLng,
        PlatformFeeBps = s.PlatformFeeBps,
        SmartcarEnabled = s.SmartcarVehicleId is not null,
        SmartcarVehicleId = s.SmartcarVehicleId,
        TargetSocPercent = s.TargetSocPercent,
        ChargeCompleteTrigger = s.ChargeCompleteTrigger,
        DriverEstimateCents = s.DriverEstimateCents,
    };

    /// <summary>Sets the status the transition table accepted.</summary>
    public static void SetStatus(ArrivalSessionRow row, TransitionResult accepted)
    {
        if (!accepted.Accepted || accepted.From != row.Status)
        {
            throw new InvalidOperationException($"Session {row.Id}: {accepted.From} → {accepted.To} is not an accepted transition from {row.Status}.");
        }

        row.Status = accepted.To;
    }

    public static void Apply(NeravaDbContext db, ArrivalSessionRow row, SessionFact fact)
    {
        switch (fact)
        {
            case SessionFacts.OrderBound o:
                (row.OrderNumber, row.OrderBoundAt, row.DriverEstimateCents) = (o.OrderNumber, o.At, o.EstimateCents);
                row.OrderSource = o.Pos?.Source ?? OrderSources.Manual;
                row.OrderTotalCents = o.Pos?.TotalCents ?? o.EstimateCents;
                row.OrderStatus = o.Pos?.Status;
                row.TotalSource = o.Pos is not null ? TotalSources.Pos : o.EstimateCents is > 0 ? TotalSources.DriverEstimate : null;
                break;
            case SessionFacts.Readings r:
                Record(row, r);
                break;
            case SessionFacts.Arrived a:
                (row.GeofenceEnteredAt, row.ArrivalSource) = (a.At, a.Source.ToWire());
                if (a.AtChargerId is { } at && at != row.ChargerId)
                {
                    // Arrived at a neighbouring stall bank of the same merchant: the session moves there, and remembers where from.
                    (row.PreviousChargerId, row.ChargerId) = (row.ChargerId, at);
                }

                if (a.Fix is { } fix)
                {
                    (row.ArrivalLat, row.ArrivalLng, row.ArrivalAccuracyM) = (fix.Point.Lat, fix.Point.Lng, fix.AccuracyM);
                }

                break;
            case SessionFacts.KitchenFired k:
                row.KitchenFiredAt = k.At;
                row.ChargeCompletedAt = k.Reason == FireReason.Arrival ? row.ChargeCompletedAt : k.At;
                break;
            case SessionFacts.HeadsUpSent h:
                row.HeadsUpSentAt = h.At;
                break;
            case SessionFacts.MerchantNotified n:
                row.MerchantNotifiedAt = n.At;
                break;
            case SessionFacts.Completed c:
                Complete(db, row, c);
                break;
            case SessionFacts.StallSet st:
                row.Stall = st.Stall;
                break;
            case SessionFacts.CarConnection cc:
                row.SmartcarIssue = cc.Issue;
                row.SmartcarVehicleId = cc.VehicleId ?? row.SmartcarVehicleId;
                break;
            case SessionFacts.BillingStatusChanged b:
                row.BillingStatus = b.Status;
                break;
            case SessionFacts.Feedback f:
                (row.FeedbackRating, row.FeedbackReason, row.FeedbackComment) = (f.Rating, f.Reason, f.Comment);
                break;
            case SessionFacts.EvidenceRecorded e:
                var evidence = Nerava.Arrival.Evidence.EvidenceRules.Merge(SessionEvidence.Read(row), e.Evidence);
                (row.ArrivalEvidenceJson, row.ArrivalConfidence, row.ArrivalStall) = (SessionEvidence.Write(evidence), evidence.Confidence, evidence.Stall);
                break;
            case SessionFacts.ArrivalFlagged f:
                (row.ArrivalFlags, row.ArrivalFlaggedAt) = (string.Join(',', f.Flags), f.At);
                break;
            case SessionFacts.PhoneSeen p:
                (row.LastPhoneLat, row.LastPhoneLng, row.LastPhoneAccuracyM, row.LastPhoneAt) = (p.Fix.Point.Lat, p.Fix.Point.Lng, p.Fix.AccuracyM, p.Fix.At);
                break;
            case SessionFacts.Charging c:
                (row.ChargingStall, row.ChargingStatus) = (c.Stall ?? row.ChargingStall, c.Status);
                break;
            case SessionFacts.StallClaimed s:
                row.ClaimedStall = s.Stall;
                break;
            case SessionFacts.PlugInOffered o:
                (row.OfferedStall, row.OfferedAt) = (o.Stall, o.At);
                break;
            default:
                throw new InvalidOperationException($"No writer for {fact.GetType().Name}.");
        }
    }

    private static void Record(ArrivalSessionRow row, SessionFacts.Readings r)
    {
        row.TrackingMemoryJson = SessionMemory.Write(r.Memory);
        if (r.CarFix is { } fix)
        {
            (row.SmartcarLastLocationLat, row.SmartcarLastLocationLng, row.SmartcarLastLocationAt) = (fix.Point.Lat, fix.Point.Lng, fix.At);
            row.SmartcarEtaMinutes = r.EtaMinutes;
        }

        if (r.Charge is { } charge)
        {
            (row.SmartcarLastBatteryPercent, row.SmartcarLastBatteryAt) = (charge.SocPercent, charge.At);
            row.ChargeMinutesToTarget = r.MinutesToChargeTarget;
        }
    }

    private static void Complete(NeravaDbContext db, ArrivalSessionRow row, SessionFacts.Completed c)
    {
        var billing = c.Billing;
        row.MerchantReportedTotalCents = c.ReportedTotalCents;
        (row.MerchantConfirmedAt, row.CompletedAt) = (c.At, c.At);
        (row.TotalSource, row.BillableAmountCents) = (billing.TotalSource, billing.BillableAmountCents);
        row.BillingStatus = billing.Billable ? BillingStatuses.Pending : null;
        if (billing.Billable)
        {
            db.BillingEvents.Add(new BillingEvent
            {
                Id = Guid.NewGuid(),
                SessionId = row.Id,
                MerchantId = row.MerchantId,
                TotalCents = billing.TotalCents!.Value,
                FeeBps = row.PlatformFeeBps,
                BillableAmountCents = billing.BillableAmountCents!.Value,
                TotalSource = billing.TotalSource!,
                CreatedAt = c.At,
            });
        }
    }
}
