namespace Nerava.Arrival.Geo;

/// <summary>Great-circle math on a spherical Earth; well under 0.5 % error, plenty for geofences and ETAs.</summary>
public static class GeoMath
{
    /// <summary>Mean Earth radius (IUGG), metres.</summary>
    public const double EarthRadiusMeters = 6_371_008.8;

    /// <summary>Haversine distance in metres.</summary>
    public static double DistanceMeters(GeoPoint a, GeoPoint b)
    {
        var dLat = ToRadians(b.Lat - a.Lat);
        var dLng = ToRadians(b.Lng - a.Lng);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(ToRadians(a.Lat)) * Math.Cos(ToRadians(b.Lat)) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2));

        // Clamp: rounding can push h a hair above 1 for antipodal points, and Asin would return NaN.
        return 2 * EarthRadiusMeters * Math.Asin(Math.Sqrt(Math.Min(1, h)));
    }

    /// <summary>Initial bearing from <paramref name="from"/> to <paramref name="to"/>, degrees clockwise from north in [0, 360).</summary>
    public static double BearingDegrees(GeoPoint from, GeoPoint to)
    {
        var lat1 = ToRadians(from.Lat);
        var lat2 = ToRadians(to.Lat);
        var dLng = ToRadians(to.Lng - from.Lng);
        var y = Math.Sin(dLng) * Math.Cos(lat2);
        var x = (Math.Cos(lat1) * Math.Sin(lat2)) - (Math.Sin(lat1) * Math.Cos(lat2) * Math.Cos(dLng));
        return (ToDegrees(Math.Atan2(y, x)) + 360) % 360;
    }

    /// <summary>The point <paramref name="distanceM"/> metres from <paramref name="start"/> along <paramref name="bearingDeg"/>.</summary>
    public static GeoPoint Destination(GeoPoint start, double bearingDeg, double distanceM)
    {
        var angular = distanceM / EarthRadiusMeters;
        var bearing = ToRadians(bearingDeg);
        var lat1 = ToRadians(start.Lat);
        var lng1 = ToRadians(start.Lng);
        var lat2 = Math.Asin((Math.Sin(lat1) * Math.Cos(angular)) + (Math.Cos(lat1) * Math.Sin(angular) * Math.Cos(bearing)));
        var lng2 = lng1 + Math.Atan2(
            Math.Sin(bearing) * Math.Sin(angular) * Math.Cos(lat1),
            Math.Cos(angular) - (Math.Sin(lat1) * Math.Sin(lat2)));
        var lng = ((ToDegrees(lng2) + 540) % 360) - 180;
        return new GeoPoint(ToDegrees(lat2), lng);
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;

    private static double ToDegrees(double radians) => radians * 180 / Math.PI;
}
