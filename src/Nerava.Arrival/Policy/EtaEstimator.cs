namespace Nerava.Arrival.Policy;

/// <summary>
/// ETA from the observed approach: straight-line distance × circuity ÷ speed. The speed is the smoothed observed
/// ground speed when it is meaningful, else a prior that grows with distance (city ≈ 35 km/h near, highway ≈ 95 km/h
/// far) — never the seed's constant 30 mph.
/// </summary>
public static class EtaEstimator
{
    /// <summary>Bounds of the smoothing time constant: steady early in a long trip, quick near the end.</summary>
    public static TimeSpan MinSmoothing { get; } = TimeSpan.FromMinutes(1);

    public static TimeSpan MaxSmoothing { get; } = TimeSpan.FromMinutes(12);

    /// <summary>Minutes to cover <paramref name="distanceM"/> (straight line) by road.</summary>
    public static double EstimateMinutes(double distanceM, double? observedSpeedMps, ArrivalPolicyOptions? options = null)
    {
        options ??= ArrivalPolicyOptions.Default;
        if (!(distanceM > 0))
        {
            return 0;
        }

        var speed = EffectiveSpeedMps(distanceM, observedSpeedMps, options);
        return distanceM * options.CircuityFactor / speed / 60;
    }

    /// <summary>The observed speed when at least <see cref="ArrivalPolicyOptions.MinUsefulSpeedMps"/>, else the distance prior.</summary>
    public static double EffectiveSpeedMps(double distanceM, double? observedSpeedMps, ArrivalPolicyOptions? options = null)
    {
        options ??= ArrivalPolicyOptions.Default;
        return observedSpeedMps is { } v && double.IsFinite(v) && v >= options.MinUsefulSpeedMps
            ? v
            : PriorSpeedMps(distanceM, options);
    }

    /// <summary>Speed prior by distance: city speed up to CityDistanceM, highway speed from HighwayDistanceM, linear between.</summary>
    public static double PriorSpeedMps(double distanceM, ArrivalPolicyOptions? options = null)
    {
        options ??= ArrivalPolicyOptions.Default;
        var span = options.HighwayDistanceM - options.CityDistanceM;
        var t = span <= 0 ? 1 : Math.Clamp((distanceM - options.CityDistanceM) / span, 0, 1);
        return options.CitySpeedMps + (t * (options.HighwaySpeedMps - options.CitySpeedMps));
    }

    /// <summary>
    /// Time-aware exponential smoothing of speed samples: α = 1 − e^(−Δt/τ) with τ = remaining ETA / 5 clamped to
    /// [1, 12] min (arrival-anchors §8.11), so one slow minute at a light does not wreck a highway ETA, yet the estimate
    /// follows the real slowdown near the end.
    /// </summary>
    public static double SmoothSpeed(double? previousMps, double sampleMps, TimeSpan elapsed, double? etaMinutes)
    {
        if (previousMps is not { } previous || !double.IsFinite(previous))
        {
            return sampleMps;
        }

        var tauMinutes = Math.Clamp((etaMinutes ?? MaxSmoothing.TotalMinutes) / 5, MinSmoothing.TotalMinutes, MaxSmoothing.TotalMinutes);
        var alpha = 1 - Math.Exp(-Math.Max(0, elapsed.TotalMinutes) / tauMinutes);
        return previous + (alpha * (sampleMps - previous));
    }
}
