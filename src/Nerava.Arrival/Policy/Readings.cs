using Nerava.Arrival.Geo;

namespace Nerava.Arrival.Policy;

/// <summary>A position with its accuracy radius (metres, null when the source gives none) and the time it was measured.</summary>
public sealed record PositionFix(GeoPoint Point, double? AccuracyM, DateTimeOffset At);

/// <summary>A state-of-charge reading and the time it was measured.</summary>
public sealed record ChargeReading(double SocPercent, ChargeState State, bool? PluggedIn, DateTimeOffset At)
{
    /// <summary>The car's charge limit in percent when it reports one: it stops charging there, whatever our target.</summary>
    public double? LimitPercent { get; init; }
}
