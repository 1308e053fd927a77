using Nerava.Arrival.Evidence;
using Nerava.Arrival.Geo;
using Nerava.Arrival.Sessions;

namespace Nerava.Arrival.Policy;

/// <summary>
/// The one function that turns any signal into decisions. Rules:
/// <list type="bullet">
/// <item>Only PendingOrder/AwaitingArrival sessions can arrive. A check-in on another status is rejected with the
/// transition table's code (ALREADY_ARRIVED, SESSION_EXPIRED, …); other sources are simply not arrivals then.</item>
/// <item>Manual / phone-geofence check-ins arrive on one fix verified server-side by <see cref="Geofence"/>
/// (the driver said "I'm here") at the site <see cref="CheckInTarget"/> picks (trigger-arrival: near the merchant); a bad fix is rejected with its code and
/// distance, a charger that is not the merchant's with WRONG_CHARGER and the distance to the session's charger.</item>
/// <item>Smartcar fixes arrive only by <see cref="TelematicsFixTracker"/>'s jitter-robust rules.</item>
/// <item>A charger signal (plug-in at the session's charger) arrives by itself, unless the charger stamped it long ago.</item>
/// <item>A check-in contradicted by other evidence (car far away, impossible jump, mocked location) is flagged, not fired.</item>
/// <item>Every arrival carries its evidence and confidence (<see cref="EvidenceRules"/>).</item>
/// <item>A stale signal (<see cref="Signal.Stale"/>) decides nothing and leaves the memory as it was: it is never
/// arrival evidence, never part of a streak of inside fixes, never a charge reading that fires the kitchen.</item>
/// <item>Ready on Arrival fires the kitchen with the arrival. Ready After Charge fires once, after arrival, when the
/// SoC reaches the target or the car reports fully charged, using a reading no older than MaxChargeReadingAge.</item>
/// <item>The ETA heads-up goes out once, before arrival, for Ready on Arrival sessions with a bound order
/// (AwaitingArrival), when the ETA ≤ prep time. For Ready After Charge the kitchen follows the charge, so the
/// heads-up is the charge heads-up: once, after arrival, when the forecast minutes to target ≤ prep time.</item>
/// </list>
/// </summary>
public static class ArrivalPolicy
{
    public static PolicyOutcome Evaluate(SessionSnapshot session, Signal signal, ArrivalPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(options);

        var memory = session.Memory ?? TrackingMemory.Empty;
        if (signal.Stale)
        {
            return Unused(session, signal, memory);
        }

        var decisions = new List<Decision>();
        var canArrive = SessionStatusNames.IsAwaitingArrival(session.Status);
        double? distance = null;
        MarkArrived? arrival = null;
        var trackedFix = false;

        switch (signal.Source)
        {
            case SignalSource.Manual or SignalSource.PhoneGeofence:
                (arrival, var rejection, distance) = CheckIn(session, signal, options);
                if (rejection is not null)
                {
                    decisions.Add(rejection);
                }
                else if (arrival is not null && Contradictions.WithSticky(Contradictions.ForCheckIn(session.Destination, signal.Position!,
                             signal.MockedLocation, memory.LastFix(), session.LastPhoneFix, signal.ReceivedAt, options.Evidence), session.Flags)
                             is { Count: > 0 } flags)
                {
                    decisions.Add(new FlagArrival(flags));
                    arrival = null;
                }

                break;

            case SignalSource.Smartcar or SignalSource.SmartcarWebhook when signal.Position is { } fix && SessionStatusNames.IsActive(session.Status):
                var assessment = TelematicsFixTracker.Track(memory, session.Destination, fix, signal.ReceivedAt, options);
                memory = assessment.Memory;
                distance = assessment.DistanceM;
                trackedFix = assessment.Accepted;
                arrival = canArrive && assessment.ConfirmsArrival ? new MarkArrived(signal.Source, assessment.DistanceM) : null;
                break;

            case SignalSource.Charger:
                if (session.ChargerId is { } expected && signal.ChargerId is { } actual && !string.Equals(expected, actual, StringComparison.Ordinal))
                {
                    return new PolicyOutcome(memory, [new RejectSignal(SignalErrorCodes.WrongCharger, null)], null, LastDistance(session, memory));
                }

                if (signal.Plug is { } plug && signal.ReceivedAt - plug.ReportedAt > options.Evidence.MaxChargerEventAge && canArrive)
                {
                    return new PolicyOutcome(memory, [new RejectSignal(SignalErrorCodes.StaleChargerEvent, null)], null, LastDistance(session, memory));
                }

                distance = signal.Position is { } at && at.Point.HasValidCoordinates()
                    ? GeoMath.DistanceMeters(session.Destination, at.Point)
                    : null;
                arrival = canArrive ? new MarkArrived(SignalSource.Charger, distance) : null;
                break;
        }

        if (arrival is not null)
        {
            decisions.Add(arrival);
        }

        if (signal.Charge is { } reading && SessionStatusNames.IsActive(session.Status))
        {
            memory = ChargeMemory.Add(memory, reading, options).Memory;
        }

        var arrived = arrival is not null || SessionStatusNames.IsArrived(session.Status);
        double? minutesToTarget = null;
        if (arrived && !session.KitchenFired)
        {
            (memory, minutesToTarget) = KitchenTiming.Decide(session, memory, arrival is not null, signal.ReceivedAt, options, decisions);
        }

        if (trackedFix && arrival is null)
        {
            memory = MaybeHeadsUp(session, memory, options, decisions);
        }

        var eta = arrival is not null ? 0 : canArrive ? memory.EtaMinutes : null;
        return new PolicyOutcome(memory, decisions, eta, distance ?? LastDistance(session, memory))
        {
            MinutesToChargeTarget = minutesToTarget,
            Evidence = arrival is null ? LaterChargerEvidence(session, signal, options) : EvidenceRules.ForArrival(session.Destination, signal, arrival.DistanceM,
                signal.Source is SignalSource.Smartcar or SignalSource.SmartcarWebhook ? null : memory.LastFix(),
                signal.Source is SignalSource.Manual or SignalSource.PhoneGeofence ? null : session.LastPhoneFix, signal.Plug,
                options.Evidence),
        };
    }

    private static (MarkArrived? Arrival, RejectSignal? Rejection, double? DistanceM) CheckIn(
        SessionSnapshot session, Signal signal, ArrivalPolicyOptions options)
    {
        if (!SessionStatusNames.IsAwaitingArrival(session.Status))
        {
            var code = SessionTransitions.Apply(session.Status, SessionTrigger.ArrivalVerified).ErrorCode
                ?? SessionErrorCodes.InvalidTransition;
            return (null, new RejectSignal(code, null), null);
        }

        if (signal.Position is not { } fix)
        {
            return (null, new RejectSignal(SignalErrorCodes.PositionRequired, null), null);
        }

        if (!fix.Point.HasValidCoordinates())
        {
            return (null, new RejectSignal(SignalErrorCodes.InvalidCoordinates, null), null);
        }

        if ((signal.AtMerchant ? CheckInTarget.AtMerchant(session) : CheckInTarget.Resolve(session, signal.ChargerId)) is not { } site)
        {
            var fromOwn = GeoMath.DistanceMeters(session.Destination, fix.Point);
            return (null, new RejectSignal(SignalErrorCodes.WrongCharger, fromOwn), fromOwn);
        }

        var verdict = Geofence.Evaluate(site.Point, site.RadiusM ?? options.RadiusM, fix.Point, fix.AccuracyM);
        return verdict.Inside
            ? (new MarkArrived(signal.Source, verdict.DistanceM) { AtChargerId = site.ChangesCharger ? site.ChargerId : null }, null, verdict.DistanceM)
            : (null, new RejectSignal(verdict.RejectCode ?? SignalErrorCodes.TooFarFromCharger, verdict.DistanceM), verdict.DistanceM);
    }

    private static TrackingMemory MaybeHeadsUp(SessionSnapshot session, TrackingMemory memory, ArrivalPolicyOptions options, List<Decision> decisions)
    {
        if (session.Status != SessionStatus.AwaitingArrival || session.Trigger != FireTrigger.OnArrival
            || session.HeadsUpSent || memory.HeadsUpSent
            || memory.EtaMinutes is not { } eta || eta > options.PrepTimeFor(session).TotalMinutes)
        {
            return memory;
        }

        decisions.Add(new SendHeadsUp(eta));
        return memory with { HeadsUpSent = true };
    }

    /// <summary>A plug-in at the session's charger after the session arrived by another source: evidence to merge in.</summary>
    private static ArrivalEvidence? LaterChargerEvidence(SessionSnapshot session, Signal signal, ArrivalPolicyOptions options) =>
        signal is { Source: SignalSource.Charger, Plug: not null } && SessionStatusNames.IsArrived(session.Status)
            ? EvidenceRules.ForArrival(session.Destination, signal, null, null, null, signal.Plug, options.Evidence)
            : null;

    private static PolicyOutcome Unused(SessionSnapshot session, Signal signal, TrackingMemory memory)
    {
        var distance = signal.Position is { } fix && fix.Point.HasValidCoordinates()
            ? GeoMath.DistanceMeters(session.Destination, fix.Point)
            : LastDistance(session, memory);
        return new PolicyOutcome(memory, [], SessionStatusNames.IsAwaitingArrival(session.Status) ? memory.EtaMinutes : null, distance);
    }

    private static double? LastDistance(SessionSnapshot session, TrackingMemory memory) =>
        memory.LastFix() is { } last ? GeoMath.DistanceMeters(session.Destination, last.Point) : null;
}
