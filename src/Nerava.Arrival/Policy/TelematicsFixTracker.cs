using Nerava.Arrival.Geo;

namespace Nerava.Arrival.Policy;

/// <summary>
/// Turns connected-car fixes into memory (speed, ETA, inside streak) and decides whether a fix confirms arrival,
/// robust to GPS jitter (arrival-anchors §8: accuracy-aware containment, N consecutive fixes, implied-speed jump
/// rejection, stop-gating, fix-time ordering).
/// <para>Ignored: fixes at or before the last one (out of order / duplicate), older than MaxFixAge when received,
/// stamped beyond MaxClockSkew in the future, or with invalid coordinates.</para>
/// <para>A fix F inside the geofence confirms arrival when, with P the previous fix and v the implied speed P→F
/// (accuracy radii subtracted from the displacement):</para>
/// <list type="number">
/// <item><b>consecutive_inside</b>: F is the ConsecutiveInsideFixes-th inside fix in a row (default 2) and the car stood still
/// since P (v ≤ StoppedSpeedMps, not receding by more than RecedingToleranceM). A car that is still driving — past the charger,
/// to a neighbouring lot, or in — is confirmed only once it has stopped: a car caught inside the fence at its closest point to
/// the charger looks exactly like one driving in;</item>
/// <item><b>stopped_deep_inside</b>: P exists and is at most MaxStopEvidenceGap older, v ≤ StoppedSpeedMps and F is within
/// DeepInsideFraction × radius.</item>
/// </list>
/// <para>A jump is v &gt; MaxPlausibleSpeedMps. Every rule needs a plausible previous fix, so a single teleporting
/// outlier never arrives, and alternating inside/outside fixes never build a streak. One fix never arrives on its own: a car
/// seen once inside the fence may be driving past (the seed's first-fix rule fires the kitchen for drive-bys and for cars
/// heading to a neighbouring lot). The first fix ever, even inside (the trip starts at the charger), waits for one
/// confirming fix.</para>
/// </summary>
public static class TelematicsFixTracker
{
    public static FixAssessment Track(
        TrackingMemory memory, GeoPoint destination, PositionFix fix, DateTimeOffset receivedAt, ArrivalPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(fix);
        ArgumentNullException.ThrowIfNull(options);

        var previous = memory.LastFix();
        if (!fix.Point.HasValidCoordinates()
            || (previous is not null && fix.At <= previous.At)
            || receivedAt - fix.At > options.MaxFixAge
            || fix.At - receivedAt > options.MaxClockSkew)
        {
            return FixAssessment.Ignored(memory);
        }

        var verdict = Geofence.Evaluate(destination, options.RadiusM, fix.Point, fix.AccuracyM);
        Step? step = previous is null ? null : Step.Between(previous, fix);
        var jump = step is { } s && s.SpeedMps > options.MaxPlausibleSpeedMps;
        var streak = verdict.Inside ? (jump ? 1 : memory.ConsecutiveInside + 1) : 0;

        var speed = memory.SpeedMps;
        if (step is { } plausible && !jump)
        {
            speed = EtaEstimator.SmoothSpeed(memory.SpeedMps, plausible.SpeedMps, plausible.Elapsed, memory.EtaMinutes);
        }

        var eta = verdict.Inside ? 0 : EtaEstimator.EstimateMinutes(verdict.DistanceM, speed, options);
        var updated = memory with
        {
            RecentFixes = [.. memory.RecentFixes.TakeLast(options.RecentFixesKept - 1), fix],
            ConsecutiveInside = streak,
            SpeedMps = speed,
            EtaMinutes = eta,
        };

        var rule = verdict.Inside && !jump
            ? ArrivalRuleFor(streak, step, previous is null ? null : GeoMath.DistanceMeters(destination, previous.Point), verdict.DistanceM, options)
            : null;
        return new FixAssessment(updated, true, verdict.DistanceM, verdict.Inside, jump, rule);
    }

    private static string? ArrivalRuleFor(int streak, Step? step, double? previousDistance, double distance, ArrivalPolicyOptions options)
    {
        if (step is not { } s || previousDistance is not { } before)
        {
            return null;
        }

        if (streak >= options.ConsecutiveInsideFixes && s.SpeedMps <= options.StoppedSpeedMps && distance <= before + options.RecedingToleranceM)
        {
            return FixAssessment.ArrivalRules.ConsecutiveInside;
        }

        return s.Elapsed <= options.MaxStopEvidenceGap && s.SpeedMps <= options.StoppedSpeedMps && distance <= options.RadiusM * options.DeepInsideFraction
            ? FixAssessment.ArrivalRules.StoppedDeepInside
            : null;
    }

    /// <summary>Movement between two fixes; accuracy radii are subtracted so a noisy but stationary car is not "fast".</summary>
    private readonly record struct Step(double SpeedMps, TimeSpan Elapsed)
    {
        public static Step Between(PositionFix from, PositionFix to)
        {
            var elapsed = to.At - from.At;
            var moved = GeoMath.DistanceMeters(from.Point, to.Point)
                - Geofence.UsableAccuracy(from.AccuracyM) - Geofence.UsableAccuracy(to.AccuracyM);
            return new Step(Math.Max(0, moved) / elapsed.TotalSeconds, elapsed);
        }
    }
}
