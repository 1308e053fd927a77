namespace Nerava.Arrival.Geo;

/// <summary>Stable codes for a fix that does not prove presence; clients depend on these strings.</summary>
public static class GeofenceRejectCodes
{
    /// <summary>The fix is outside the radius even after the accuracy allowance.</summary>
    public const string TooFarFromCharger = "TOO_FAR_FROM_CHARGER";

    /// <summary>The fix's accuracy circle is wider than the geofence, so it cannot prove presence on its own.</summary>
    public const string AccuracyTooLow = "ACCURACY_TOO_LOW";
}
