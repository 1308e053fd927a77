using Nerava.Arrival.Policy;

namespace Nerava.Arrival.Tracking;

/// <summary>
/// Plans a vehicle's next Smartcar poll.
/// <para><b>Fixed60s</b>: FixedInterval after now, no budget.</para>
/// <para><b>Adaptive</b>, from the session and the policy's last outcome:</para>
/// <list type="bullet">
/// <item>Before arrival: with no position yet, poll now. Inside the fence (streak started), confirm ConfirmGap after the inside
/// fix was taken and at least ConfirmAfterAnswer after its answer.
/// Otherwise the next watch point is the geofence edge, or the heads-up point (where ETA = prep time) while the heads-up
/// is pending; the earliest the driver can reach it is (distance − watch distance) ÷ MaxApproachSpeed (130 km/h, straight
/// line, so never late); poll at SafetyFactor of that, clamped to [DenseInterval, MaxInterval]. Far away that is every
/// 30 min; near a watch point every 45 s.</item>
/// <item>After arrival with Ready After Charge: poll at ChargeSafetyFactor of the forecast time to the charge heads-up
/// (or the target once that was sent), clamped the same way. While no rate is known: at SafetyFactor of the time the
/// fastest plausible charge (MaxChargePercentPerMinute) would need, at most every ChargeProbeInterval.</item>
/// <item>Otherwise there is nothing to watch: MaxInterval.</item>
/// </list>
/// <para>Then the per-vehicle budget (MaxCallsPerVehiclePerHour over the sliding window of <c>recentCallTimes</c>, one entry per
/// request Smartcar counts) pushes the plan to when the next poll's <c>callsPerPoll</c> requests fit (leaving ConfirmReserve for
/// a confirmation), and never sooner than MinInterval after the last call (ConfirmAfterAnswer to confirm); a Retry-After pushes it to now + retryAfter. Priority ≈ minutes to the next event (lower = more urgent).</para>
/// </summary>
public static class PollCadence
{
    public static PollPlan Plan(
        CadenceMode mode,
        SessionSnapshot session,
        PolicyOutcome? lastOutcome,
        IReadOnlyList<DateTimeOffset> recentCallTimes,
        DateTimeOffset now,
        CadenceOptions options,
        TimeSpan? retryAfter = null,
        int callsPerPoll = 1)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(recentCallTimes);
        ArgumentNullException.ThrowIfNull(options);

        var urgency = CadenceUrgency.Assess(session, lastOutcome, now, options);
        var plan = mode switch
        {
            CadenceMode.Fixed60s => new PollPlan(now + options.FixedInterval, urgency.Priority, PollReasons.FixedInterval),
            CadenceMode.Adaptive => WithinBudget(
                new PollPlan(now + urgency.Wait, urgency.Priority, urgency.Reason), recentCallTimes, options, callsPerPoll,
                (lastOutcome?.Memory ?? session.Memory)?.SpeedMps >= options.MovingSpeedMps),
        };

        if (retryAfter is { } retry && now + retry > plan.NextPollAt)
        {
            plan = plan with { NextPollAt = now + retry, Reason = PollReasons.RetryAfter };
        }

        return plan;
    }

    private static PollPlan WithinBudget(PollPlan plan, IReadOnlyList<DateTimeOffset> recentCallTimes, CadenceOptions options, int callsPerPoll,
        bool moving)
    {
        var at = plan.NextPollAt;
        var confirming = plan.Reason == PollReasons.ConfirmingArrival;
        var spacing = confirming ? options.ConfirmAfterAnswer : options.MinInterval;
        if (recentCallTimes.Count > 0 && recentCallTimes.Max() + spacing > at)
        {
            at = recentCallTimes.Max() + spacing;
        }

        // Pace, don't exhaust: once three quarters of the hourly budget are spent, spread the calls left over the time until the
        // oldest call leaves the window. Running the budget dry (e.g. dense polls while the car sits parked or crawls in a
        // jam a few km away) would otherwise leave a gap of up to an hour exactly when the car finally drives in. A car moving
        // close to the fence or the heads-up point, a confirmation, or a charge near its heads-up or target, is exempt: those
        // are the polls the budget is kept for.
        var used = CallBudget.CallsInWindow(recentCallTimes, at, options.BudgetWindow);
        var remaining = options.MaxCallsPerVehiclePerHour - options.ConfirmReserve - used;
        var exempt = plan.Reason is PollReasons.ConfirmingArrival or PollReasons.NearChargeEvent
            || (moving && plan.Reason is PollReasons.NearGeofence or PollReasons.HeadsUpWindow);
        if (recentCallTimes.Count > 0 && used * 4 >= options.MaxCallsPerVehiclePerHour * 3 && remaining > 1 && !exempt)
        {
            var last = recentCallTimes.Max();
            var oldestLeaves = recentCallTimes.Where(c => c > at - options.BudgetWindow).DefaultIfEmpty(last).Min() + options.BudgetWindow;
            var paced = last + ((oldestLeaves - last) / remaining);
            if (paced > at)
            {
                at = paced;
                plan = plan with { Reason = PollReasons.Budget };
            }
        }

        // The last requests of the hour are kept for a confirmation, or a car that enters the fence after a long crawl nearby waits
        // for the window to drain before its arrival can be confirmed.
        var needed = callsPerPoll + (confirming ? 0 : options.ConfirmReserve);
        var allowed = CallBudget.EarliestAllowed(
            recentCallTimes, at, Math.Clamp(needed, 1, options.MaxCallsPerVehiclePerHour), options.MaxCallsPerVehiclePerHour, options.BudgetWindow);
        return allowed > at
            ? plan with { NextPollAt = allowed, Reason = PollReasons.Budget }
            : plan with { NextPollAt = at };
    }
}
