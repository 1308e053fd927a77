namespace Nerava.Arrival.Policy;

/// <summary>
/// What the policy remembers between signals. Immutable: the policy returns an updated copy. Plain get/init
/// properties so System.Text.Json can store it in a column and read it back.
/// </summary>
public sealed record TrackingMemory
{
    public static TrackingMemory Empty { get; } = new();

    /// <summary>The last few telematics fixes, oldest first (including suspected outliers, so a wrong "previous fix" heals).</summary>
    public IReadOnlyList<PositionFix> RecentFixes { get; init; } = [];

    /// <summary>How many telematics fixes in a row were inside the geofence.</summary>
    public int ConsecutiveInside { get; init; }

    /// <summary>Smoothed ground speed over plausible fix pairs, m/s.</summary>
    public double? SpeedMps { get; init; }

    /// <summary>ETA to the charger from the last fix, minutes.</summary>
    public double? EtaMinutes { get; init; }

    /// <summary>The last few charge readings, oldest first, for the charge-rate forecast.</summary>
    public IReadOnlyList<ChargeReading> RecentCharge { get; init; } = [];

    /// <summary>The policy emitted the ETA heads-up (guards "at most once" even if the snapshot flag lags).</summary>
    public bool HeadsUpSent { get; init; }

    /// <summary>The policy emitted the charge heads-up.</summary>
    public bool ChargeHeadsUpSent { get; init; }

    public PositionFix? LastFix() => RecentFixes.Count == 0 ? null : RecentFixes[^1];

    public ChargeReading? LastCharge() => RecentCharge.Count == 0 ? null : RecentCharge[^1];
}
