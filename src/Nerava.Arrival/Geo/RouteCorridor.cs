namespace Nerava.Arrival.Geo;

/// <summary>Where a point lies relative to the straight route from A to B: how far along it, and how far off it.</summary>
public sealed record CorridorPosition(double AlongM, double OffRouteM);

/// <summary>
/// "Along my route" without a road network: the great-circle line from the start to the destination, measured in a
/// local equirectangular projection (well under 1 % error over a few hundred kilometres). A point counts when it
/// projects between the ends and lies within the corridor's half-width; highways bend, so the width is generous.
/// </summary>
public static class RouteCorridor
{
    public static CorridorPosition Locate(GeoPoint from, GeoPoint to, GeoPoint point)
    {
        var cosLat = Math.Cos((from.Lat + to.Lat) / 2 * Math.PI / 180);
        (double X, double Y) Project(GeoPoint p) =>
            ((p.Lng - from.Lng) * cosLat * MetersPerDegree, (p.Lat - from.Lat) * MetersPerDegree);

        var (bx, by) = Project(to);
        var (px, py) = Project(point);
        var lengthSq = (bx * bx) + (by * by);
        if (lengthSq < 1)
        {
            return new CorridorPosition(0, Math.Sqrt((px * px) + (py * py)));
        }

        var t = ((px * bx) + (py * by)) / lengthSq;
        var clamped = Math.Clamp(t, 0, 1);
        var (cx, cy) = (clamped * bx, clamped * by);
        var off = Math.Sqrt(((px - cx) * (px - cx)) + ((py - cy) * (py - cy)));
        return new CorridorPosition(clamped * Math.Sqrt(lengthSq), off);
    }

    /// <summary>True when <paramref name="point"/> is within <paramref name="halfWidthM"/> of the route between its ends.</summary>
    public static bool Contains(GeoPoint from, GeoPoint to, GeoPoint point, double halfWidthM) =>
        Locate(from, to, point).OffRouteM <= halfWidthM;

    private const double MetersPerDegree = GeoMath.EarthRadiusMeters * Math.PI / 180;
}
