namespace Nerava.Arrival.Tracking;

/// <summary>How the tracking engine schedules Smartcar polls.</summary>
public enum CadenceMode
{
    /// <summary>Rare polls far away, dense near the geofence / heads-up / charge target, within the per-vehicle budget.</summary>
    Adaptive,

    /// <summary>The seed's baseline: location and battery every 60 s, no budget. Kept to measure against.</summary>
    Fixed60s,
}
