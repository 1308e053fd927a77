using Nerava.Arrival.Sessions;

namespace Nerava.Arrival.Policy;

/// <summary>Tunables of <see cref="ArrivalPolicy"/>; the defaults are the product's values.</summary>
public sealed record ArrivalPolicyOptions
{
    public static ArrivalPolicyOptions Default { get; } = new();

    /// <summary>Geofence radius around the charger, metres.</summary>
    public double RadiusM { get; init; } = ArrivalRules.ArrivalRadiusMeters;

    /// <summary>Road distance ÷ straight-line distance; 1.3 is a common urban/interurban average.</summary>
    public double CircuityFactor { get; init; } = 1.3;

    /// <summary>Telematics fixes in a row inside the fence that confirm arrival on their own.</summary>
    public int ConsecutiveInsideFixes { get; init; } = 2;

    /// <summary>A fix implying more than this speed from the previous one is a jump (≈ 216 km/h), not movement.</summary>
    public double MaxPlausibleSpeedMps { get; init; } = 60;

    /// <summary>
    /// A second inside fix further from the charger than the first by more than this is a car driving through the fence, not
    /// arriving (above GPS jitter: two fixes of a parked car differ by a few metres).
    /// </summary>
    public double RecedingToleranceM { get; init; } = 25;

    /// <summary>The stopped rule trusts an implied speed only over a gap this short (a long gap makes any drive look slow).</summary>
    public TimeSpan MaxStopEvidenceGap { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Below this implied speed the car counts as stopped.</summary>
    public double StoppedSpeedMps { get; init; } = 2;

    /// <summary>"Well inside" = within this fraction of the radius.</summary>
    public double DeepInsideFraction { get; init; } = 0.5;

    /// <summary>Heads-up lead time when the merchant has none configured.</summary>
    public TimeSpan DefaultPrepTime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Thresholds of the evidence and contradiction rules.</summary>
    public Evidence.EvidenceOptions Evidence { get; init; } = Nerava.Arrival.Evidence.EvidenceOptions.Default;

    /// <summary>Telematics fixes older than this when received say where the car was, not where it is (Smartcar data age).</summary>
    public TimeSpan MaxFixAge { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Fixes stamped further than this in the future are clock errors and are ignored.</summary>
    public TimeSpan MaxClockSkew { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Charge readings older than this are not used to fire the kitchen.</summary>
    public TimeSpan MaxChargeReadingAge { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Speed prior for short trips (city driving), m/s.</summary>
    public double CitySpeedMps { get; init; } = 35 / 3.6;

    /// <summary>Speed prior for long trips (highway driving), m/s.</summary>
    public double HighwaySpeedMps { get; init; } = 95 / 3.6;

    /// <summary>Up to this straight-line distance the city prior applies; the prior blends linearly to the highway one.</summary>
    public double CityDistanceM { get; init; } = 3_000;

    /// <summary>From this straight-line distance on the highway prior applies.</summary>
    public double HighwayDistanceM { get; init; } = 20_000;

    /// <summary>A smoothed speed below this (parked, queueing) says nothing about the rest of the trip; the prior is used instead.</summary>
    public double MinUsefulSpeedMps { get; init; } = 3;

    /// <summary>How many telematics fixes and charge readings the memory keeps.</summary>
    public int RecentFixesKept { get; init; } = 5;

    public int RecentChargeReadingsKept { get; init; } = 8;

    /// <summary>The prep time to use for a session: its own when positive, else <see cref="DefaultPrepTime"/>.</summary>
    public TimeSpan PrepTimeFor(SessionSnapshot session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.MerchantPrepTime > TimeSpan.Zero ? session.MerchantPrepTime : DefaultPrepTime;
    }
}
