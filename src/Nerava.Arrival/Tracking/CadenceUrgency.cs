using Nerava.Arrival.Charging;
using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;

namespace Nerava.Arrival.Tracking;

/// <summary>How long until something can happen for a session, and how urgent it is (see <see cref="PollCadence"/>).</summary>
internal readonly record struct CadenceUrgency(TimeSpan Wait, int Priority, string Reason)
{
    private const int IdlePriority = 100_000;

    public static CadenceUrgency Assess(SessionSnapshot session, PolicyOutcome? lastOutcome, DateTimeOffset now, CadenceOptions options)
    {
        var memory = lastOutcome?.Memory ?? session.Memory ?? TrackingMemory.Empty;
        if (SessionStatusNames.IsAwaitingArrival(session.Status))
        {
            return BeforeArrival(session, memory, lastOutcome?.DistanceM, now, options);
        }

        if (SessionStatusNames.IsArrived(session.Status) && session.Trigger == FireTrigger.AfterCharge && !session.KitchenFired)
        {
            return WhileCharging(session, memory, now, options);
        }

        var reason = SessionStatusNames.IsActive(session.Status) ? PollReasons.NothingToWatch : PollReasons.SessionInactive;
        return new CadenceUrgency(options.MaxInterval, IdlePriority, reason);
    }

    private static CadenceUrgency BeforeArrival(SessionSnapshot session, TrackingMemory memory, double? lastDistance, DateTimeOffset now,
        CadenceOptions options)
    {
        var policy = options.Policy;
        var distance = lastDistance
            ?? (memory.LastFix() is { } fix ? GeoMath.DistanceMeters(session.Destination, fix.Point) : (double?)null);
        if (distance is not { } d)
        {
            return new CadenceUrgency(TimeSpan.Zero, 1, PollReasons.NoPosition);
        }

        if (memory.ConsecutiveInside > 0 || d <= policy.RadiusM)
        {
            // Confirm as soon as a drive-by would show: ConfirmGap after the inside fix was taken, not a fixed time after its answer.
            var gap = memory.LastFix() is { } inside ? inside.At + options.ConfirmGap - now : options.ConfirmGap;
            return new CadenceUrgency(gap > options.ConfirmAfterAnswer ? gap : options.ConfirmAfterAnswer, 0, PollReasons.ConfirmingArrival);
        }

        var speedCap = SpeedCap(memory, options);
        var toGeofence = Seconds(d - policy.RadiusM, speedCap);
        var toHeadsUp = double.PositiveInfinity;
        // A parked car (last fixes on the same spot) has no meaningful ETA: watch only for it reaching the fence, or
        // the heads-up window would keep it on dense polls until the hourly budget runs dry.
        if (HeadsUpPending(session, memory) && !Parked(memory))
        {
            // The heads-up fires where ETA = prep time, i.e. at this straight-line distance at the expected speed.
            var speed = EtaEstimator.EffectiveSpeedMps(d, memory.SpeedMps, policy);
            var headsUpDistance = policy.PrepTimeFor(session).TotalSeconds * speed / policy.CircuityFactor;
            toHeadsUp = Seconds(d - headsUpDistance, speedCap);
        }

        var earliest = Math.Min(toGeofence, toHeadsUp);
        var wait = Clamp(TimeSpan.FromSeconds(earliest * options.SafetyFactor), options);
        var reason = Parked(memory) ? PollReasons.Parked
            : wait > options.DenseInterval ? PollReasons.Approach
            : toHeadsUp < toGeofence ? PollReasons.HeadsUpWindow
            : PollReasons.NearGeofence;
        return new CadenceUrgency(wait, MinutesPriority(earliest / 60), reason);
    }

    private static bool Parked(TrackingMemory memory) =>
        memory.RecentFixes.Count >= 2
        && GeoMath.DistanceMeters(memory.RecentFixes[^1].Point, memory.RecentFixes[^2].Point) < 30
        && (memory.SpeedMps ?? 0) < 1.5;

    private static CadenceUrgency WhileCharging(SessionSnapshot session, TrackingMemory memory, DateTimeOffset now, CadenceOptions options)
    {
        var target = session.TargetSocPercent ?? 100;
        var forecast = ChargeForecast.MinutesToTarget(memory.RecentCharge, target);
        // No reading yet, or charging stopped below the target (the car's own limit): nothing to time, just look in now and then.
        if (memory.LastCharge() is not { } last
            || (forecast is null && last.State == ChargeState.NotCharging && memory.RecentCharge.Any(r => r.State == ChargeState.Charging)))
        {
            return new CadenceUrgency(Clamp(options.ChargeProbeInterval, options), MinutesPriority(30), PollReasons.ChargeUnknown);
        }

        var sinceReading = Math.Max(0, (now - last.At).TotalMinutes);
        if (forecast is not { } minutes)
        {
            // No rate yet (not plugged in yet, or one reading): the target is no nearer than at the fastest plausible charge.
            var earliest = Math.Max(0, ((target - last.SocPercent) / options.MaxChargePercentPerMinute) - sinceReading);
            var probe = TimeSpan.FromMinutes(ToChargeEvent(session, memory, earliest, options) * options.SafetyFactor);
            return new CadenceUrgency(Clamp(probe < options.ChargeProbeInterval ? probe : options.ChargeProbeInterval, options),
                MinutesPriority(earliest), ChargeReason(probe, PollReasons.ChargeUnknown, options));
        }

        // The forecast counts from the last reading; part of it has already passed.
        var remaining = Math.Max(0, minutes - sinceReading);
        var wait = TimeSpan.FromMinutes(ToChargeEvent(session, memory, remaining, options) * options.ChargeSafetyFactor);
        return new CadenceUrgency(Clamp(wait, options), MinutesPriority(remaining), ChargeReason(wait, PollReasons.ChargeForecast, options));
    }

    // Minutes to the next charge event: the heads-up (prep time before the target) until it was sent, then the target.
    private static double ToChargeEvent(SessionSnapshot session, TrackingMemory memory, double minutesToTarget, CadenceOptions options) =>
        memory.ChargeHeadsUpSent ? minutesToTarget : Math.Max(0, minutesToTarget - options.Policy.PrepTimeFor(session).TotalMinutes);

    // Dense polls at the charge event are what the per-vehicle budget is kept for (see PollCadence's pacing).
    private static string ChargeReason(TimeSpan wait, string otherwise, CadenceOptions options) =>
        wait <= options.DenseInterval ? PollReasons.NearChargeEvent : otherwise;

    private static bool HeadsUpPending(SessionSnapshot session, TrackingMemory memory) =>
        session.Status == SessionStatus.AwaitingArrival && session.Trigger == FireTrigger.OnArrival
        && !session.HeadsUpSent && !memory.HeadsUpSent;

    private static double Seconds(double meters, double speedMps) => Math.Max(0, meters) / speedMps;

    /// <summary>
    /// The fastest the car could plausibly close in before the next poll: 1.5 × its observed speed, at least 90 km/h
    /// (it may reach a highway) and at most the configured maximum (130 km/h). Slow city traffic then costs fewer polls.
    /// </summary>
    private static double SpeedCap(TrackingMemory memory, CadenceOptions options) =>
        memory.SpeedMps is { } observed && observed > 0
            ? Math.Clamp(observed * 1.5, 25, options.MaxApproachSpeedMps)
            : options.MaxApproachSpeedMps;

    private static TimeSpan Clamp(TimeSpan wait, CadenceOptions options)
    {
        var floor = options.DenseInterval > options.MinInterval ? options.DenseInterval : options.MinInterval;
        return wait < floor ? floor : wait > options.MaxInterval ? options.MaxInterval : wait;
    }

    private static int MinutesPriority(double minutes) => (int)Math.Clamp(Math.Ceiling(minutes), 0, IdlePriority - 1);
}
