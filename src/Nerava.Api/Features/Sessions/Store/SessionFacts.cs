using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>Something that happened to a session, as data; <see cref="SessionRowWriter"/> turns it into column values.</summary>
public abstract record SessionFact;

/// <summary>The facts a <see cref="SessionChange"/> can carry.</summary>
public static class SessionFacts
{
    /// <summary>The driver bound the merchant's order number (and maybe an estimate); <paramref name="Pos"/> when the POS knew it.</summary>
    public sealed record OrderBound(string OrderNumber, int? EstimateCents, PosOrder? Pos, DateTimeOffset At) : SessionFact;

    /// <summary>The policy's memory after a signal, and the car's latest position and battery when the signal carried them.</summary>
    public sealed record Readings(TrackingMemory Memory, PositionFix? CarFix, double? EtaMinutes, ChargeReading? Charge,
        double? MinutesToChargeTarget) : SessionFact;

    /// <summary>Arrival verified from <paramref name="Source"/>; <paramref name="AtChargerId"/> when it happened at another charger of the merchant.</summary>
    public sealed record Arrived(SignalSource Source, PositionFix? Fix, string? AtChargerId, DateTimeOffset At) : SessionFact;

    /// <summary>The kitchen was told to fire (on arrival, or when the charge target was reached).</summary>
    public sealed record KitchenFired(FireReason Reason, DateTimeOffset At) : SessionFact;

    /// <summary>The ETA heads-up went out.</summary>
    public sealed record HeadsUpSent(DateTimeOffset At) : SessionFact;

    /// <summary>A provider accepted the merchant's "fire now" message.</summary>
    public sealed record MerchantNotified(DateTimeOffset At) : SessionFact;

    /// <summary>The merchant confirmed the hand-over; <paramref name="Billing"/> says what is billed.</summary>
    public sealed record Completed(BillingOutcome Billing, int? ReportedTotalCents, DateTimeOffset At) : SessionFact;

    /// <summary>The stall the driver is at ("7"); null clears it.</summary>
    public sealed record StallSet(string? Stall) : SessionFact;

    /// <summary>The car connection failed (<paramref name="Issue"/>, e.g. needs_reconnect) or, with null, works again on <paramref name="VehicleId"/>.</summary>
    public sealed record CarConnection(string? Issue, string? VehicleId) : SessionFact;

    /// <summary>Finance moved the session's billing event (pending → invoiced → paid, or void); the row mirrors it.</summary>
    public sealed record BillingStatusChanged(string Status) : SessionFact;

    /// <summary>The driver's thumbs up or down.</summary>
    public sealed record Feedback(string Rating, string? Reason, string? Comment) : SessionFact;

    /// <summary>What the arrival rested on; later evidence (a plug-in after the car arrived) merges into the record.</summary>
    public sealed record EvidenceRecorded(Nerava.Arrival.Evidence.ArrivalEvidence Evidence) : SessionFact;

    /// <summary>A phone check-in contradicted by other evidence: flagged, nothing fired.</summary>
    public sealed record ArrivalFlagged(IReadOnlyList<string> Flags, DateTimeOffset At) : SessionFact;

    /// <summary>Where the phone was at a check-in, accepted or not (the next one is checked against it).</summary>
    public sealed record PhoneSeen(PositionFix Fix) : SessionFact;

    /// <summary>Start charging from the app at an OCPP charger: the stall and the command's state.</summary>
    public sealed record Charging(int? Stall, string Status) : SessionFact;

    /// <summary>The driver tapped "That's me at stall N".</summary>
    public sealed record StallClaimed(int Stall) : SessionFact;

    /// <summary>A plug-in without idTag at <paramref name="Stall"/> was offered to this session and not fired (it may be the driver's car).</summary>
    public sealed record PlugInOffered(int Stall, DateTimeOffset At) : SessionFact;
}
