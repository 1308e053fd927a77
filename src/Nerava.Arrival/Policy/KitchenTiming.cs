using Nerava.Arrival.Charging;

namespace Nerava.Arrival.Policy;

/// <summary>
/// After arrival: fires the kitchen (on arrival, or on the charge target / charge complete) and sends the charge
/// heads-up. Only called once the session has arrived or is arriving in the same outcome, and the kitchen has not fired.
/// </summary>
internal static class KitchenTiming
{
    public static (TrackingMemory Memory, double? MinutesToTarget) Decide(
        SessionSnapshot session, TrackingMemory memory, bool arrivingNow, DateTimeOffset now, ArrivalPolicyOptions options, List<Decision> decisions)
    {
        if (session.Trigger == FireTrigger.OnArrival)
        {
            // Fire with the arrival itself: the guarded transition makes that exactly once.
            if (arrivingNow)
            {
                decisions.Add(new FireKitchen(FireReason.Arrival));
            }

            return (memory, null);
        }

        var latest = memory.LastCharge();
        if (latest is not null && now - latest.At <= options.MaxChargeReadingAge && ChargeFireReason(session, latest) is { } reason)
        {
            decisions.Add(new FireKitchen(reason));
            return (memory, 0);
        }

        var minutes = ChargeForecast.MinutesToTarget(memory.RecentCharge, EffectiveTarget(session, latest) ?? 100);
        if (minutes is { } m && !memory.ChargeHeadsUpSent && m <= options.PrepTimeFor(session).TotalMinutes)
        {
            decisions.Add(new SendChargeHeadsUp(m));
            memory = memory with { ChargeHeadsUpSent = true };
        }

        return (memory, minutes);
    }

    private static FireReason? ChargeFireReason(SessionSnapshot session, ChargeReading reading) =>
        session.TargetSocPercent is { } target && reading.SocPercent >= target ? FireReason.ChargeTargetReached
        : reading.State == ChargeState.FullyCharged ? FireReason.ChargeComplete
        // A target above the car's limit (or "charge complete" with a limit) fires at the limit: the car stops there.
        : reading.LimitPercent is { } limit && reading.SocPercent >= limit - LimitTolerancePercentPoints ? FireReason.ChargeComplete
        : null;

    /// <summary>The SoC the kitchen waits for: the target, capped by the car's limit when it reports one.</summary>
    public static double? EffectiveTarget(SessionSnapshot session, ChargeReading? latest) =>
        (session.TargetSocPercent, latest?.LimitPercent) switch
        {
            ({ } target, { } limit) => Math.Min(target, limit),
            ({ } target, null) => target,
            (null, { } limit) => limit,
            _ => null,
        };

    /// <summary>Cars stop a hair under their limit (rounding, balancing); half a point still counts as there.</summary>
    private const double LimitTolerancePercentPoints = 0.5;
}
