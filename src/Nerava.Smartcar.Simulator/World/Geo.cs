namespace Nerava.Smartcar.Simulator.World;

/// <summary>Spherical-earth helpers; accurate to well under 1 % at the trip lengths the simulator handles.</summary>
public static class Geo
{
    public const double EarthRadiusKm = 6371.0088;

    public static double DistanceKm(GeoPoint a, GeoPoint b)
    {
        var dLat = ToRadians(b.Latitude - a.Latitude);
        var dLng = ToRadians(b.Longitude - a.Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2)
            + (Math.Cos(ToRadians(a.Latitude)) * Math.Cos(ToRadians(b.Latitude)) * Math.Pow(Math.Sin(dLng / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>Initial bearing from a to b in degrees clockwise from north (0–360).</summary>
    public static double BearingDegrees(GeoPoint a, GeoPoint b)
    {
        var lat1 = ToRadians(a.Latitude);
        var lat2 = ToRadians(b.Latitude);
        var dLng = ToRadians(b.Longitude - a.Longitude);
        var y = Math.Sin(dLng) * Math.Cos(lat2);
        var x = (Math.Cos(lat1) * Math.Sin(lat2)) - (Math.Sin(lat1) * Math.Cos(lat2) * Math.Cos(dLng));
        return (ToDegrees(Math.Atan2(y, x)) + 360) % 360;
    }

    /// <summary>Linear interpolation; segments are short (≤ ~1 km), so the great-circle error is negligible.</summary>
    public static GeoPoint Lerp(GeoPoint a, GeoPoint b, double fraction) =>
        new(a.Latitude + ((b.Latitude - a.Latitude) * fraction), a.Longitude + ((b.Longitude - a.Longitude) * fraction));

    /// <summary>Eight-point compass name for a bearing, as the v3 location signal's <c>direction</c> reports it.</summary>
    public static string CompassDirection(double bearingDegrees)
    {
        string[] names = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"];
        var index = (int)Math.Round(((bearingDegrees % 360) + 360) % 360 / 45.0) % 8;
        return names[index];
    }

    public static double ToRadians(double degrees) => degrees * Math.PI / 180;

    public static double ToDegrees(double radians) => radians * 180 / Math.PI;
}
