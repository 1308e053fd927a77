namespace Nerava.Arrival.Evidence;

/// <summary>Tunables of the evidence rules; the defaults are the product's values.</summary>
public sealed record EvidenceOptions
{
    public static EvidenceOptions Default { get; } = new();

    /// <summary>A car position this fresh says where the car is now.</summary>
    public TimeSpan FreshCarFix { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>A phone check-in while the fresh car position is farther than this contradicts itself.</summary>
    public double CarContradictionM { get; init; } = 2_000;

    /// <summary>Faster than this between two positions of the driver (≈ 250 km/h) is impossible on the road.</summary>
    public double MaxDriverSpeedMps { get; init; } = 70;

    /// <summary>
    /// Jumps shorter than this are never called impossible, whatever the implied speed: GPS noise, a cell-tower fix, or
    /// a driver who tapped "I'm here" a few kilometres early and again at the charger.
    /// </summary>
    public double MinJumpM { get; init; } = 20_000;

    /// <summary>A corroborating phone or car position must be this close to the charger…</summary>
    public double CorroborationRadiusM { get; init; } = 250;

    /// <summary>…and this fresh, when the plug-in happens.</summary>
    public TimeSpan CorroborationAge { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>A charger event the charger stamped longer ago than this (queued while offline) is history, not "arrived now".</summary>
    public TimeSpan MaxChargerEventAge { get; init; } = TimeSpan.FromMinutes(10);
}
