namespace Nerava.Arrival.Tracking;

/// <summary>When to poll a vehicle next. <see cref="Priority"/>: lower is more urgent (about minutes to the next event),
/// so a scarce application-wide bucket serves the sessions nearest their trigger first. <see cref="Reason"/> is a
/// <see cref="PollReasons"/> value.</summary>
public sealed record PollPlan(DateTimeOffset NextPollAt, int Priority, string Reason)
{
    /// <summary>
    /// The claim order among due rows (earliest first): when the next event can happen, i.e. the planning time plus the
    /// priority in minutes. A row deferred for the budget keeps it, so while it waits it overtakes fresher rows whose
    /// event lies later; no session starves behind a stream of urgent newcomers.
    /// </summary>
    public DateTimeOffset ClaimBy(DateTimeOffset plannedAt) => plannedAt + TimeSpan.FromMinutes(Priority);

    /// <summary>
    /// The plan for a car whose own clock runs <paramref name="timeScale"/> times faster than ours (the embedded
    /// simulator's demo drive): the wait was planned in the car's time, so it shrinks by that factor.
    /// </summary>
    public PollPlan OnClockFasterBy(double timeScale, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(timeScale, 1);
        return timeScale == 1 || NextPollAt <= now ? this : this with { NextPollAt = now + ((NextPollAt - now) / timeScale) };
    }
}

/// <summary>Wire values of <see cref="PollPlan.Reason"/> (logged and shown by the benchmark).</summary>
public static class PollReasons
{
    public const string FixedInterval = "fixed_interval";
    public const string NoPosition = "no_position";
    public const string Approach = "approach";
    public const string Parked = "parked";
    public const string NearGeofence = "near_geofence";
    public const string HeadsUpWindow = "heads_up_window";
    public const string ConfirmingArrival = "confirming_arrival";
    public const string ChargeForecast = "charge_forecast";
    public const string ChargeUnknown = "charge_unknown";
    public const string NearChargeEvent = "near_charge_event";
    public const string NothingToWatch = "nothing_to_watch";
    public const string SessionInactive = "session_inactive";
    public const string Budget = "budget";
    public const string RetryAfter = "retry_after";
}
