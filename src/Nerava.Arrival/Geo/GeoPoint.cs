namespace Nerava.Arrival.Geo;

/// <summary>A WGS-84 position in decimal degrees.</summary>
public readonly record struct GeoPoint(double Lat, double Lng)
{
    /// <summary>True for finite latitude in [-90, 90] and longitude in [-180, 180]; validate input with this before use.</summary>
    public static bool IsValid(double lat, double lng) =>
        double.IsFinite(lat) && double.IsFinite(lng) && lat is >= -90 and <= 90 && lng is >= -180 and <= 180;

    /// <summary>Whether this point's coordinates pass <see cref="IsValid(double, double)"/>.</summary>
    public bool HasValidCoordinates() => IsValid(Lat, Lng);
}
