namespace Nerava.Arrival.Geo;

/// <summary>
/// Circle geofence with an accuracy allowance. With d the distance and a the reported accuracy (null,
/// negative or non-finite = unknown = 0):
/// <list type="number">
/// <item>d − a &gt; radius: outside even if the error is all in our favour → <see cref="GeofenceRejectCodes.TooFarFromCharger"/>.</item>
/// <item>a &gt; radius: the accuracy circle is wider than the fence, so the fix cannot prove presence on its own →
/// <see cref="GeofenceRejectCodes.AccuracyTooLow"/>.</item>
/// <item>Otherwise inside iff d − a/2 ≤ radius: half the accuracy is credited (Radar credits all of it; half keeps
/// the fence from growing by a full error radius) → else <see cref="GeofenceRejectCodes.TooFarFromCharger"/>.</item>
/// </list>
/// </summary>
public static class Geofence
{
    public static GeofenceVerdict Evaluate(GeoPoint center, double radiusM, GeoPoint fix, double? accuracyM)
    {
        if (!center.HasValidCoordinates() || !fix.HasValidCoordinates())
        {
            throw new ArgumentException("Coordinates must be valid; check GeoPoint.IsValid first.");
        }

        if (!double.IsFinite(radiusM) || radiusM <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(radiusM), radiusM, "The radius must be a positive number of metres.");
        }

        var distance = GeoMath.DistanceMeters(center, fix);
        var accuracy = UsableAccuracy(accuracyM);

        if (distance - accuracy > radiusM)
        {
            return new GeofenceVerdict(distance, false, GeofenceRejectCodes.TooFarFromCharger);
        }

        if (accuracy > radiusM)
        {
            return new GeofenceVerdict(distance, false, GeofenceRejectCodes.AccuracyTooLow);
        }

        return distance - (accuracy / 2) <= radiusM
            ? new GeofenceVerdict(distance, true, null)
            : new GeofenceVerdict(distance, false, GeofenceRejectCodes.TooFarFromCharger);
    }

    /// <summary>Reported accuracy in metres, or 0 when it is missing or nonsense.</summary>
    public static double UsableAccuracy(double? accuracyM) =>
        accuracyM is { } a && double.IsFinite(a) && a > 0 ? a : 0;
}
