using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.Tests.World;

public sealed class RouteTests
{
    private static readonly GeoPoint SanFrancisco = new(37.7749, -122.4194);
    private static readonly GeoPoint SanJose = new(37.3382, -121.8863);

    public static TheoryData<double, double, int> Trips => new()
    {
        { 37.3382, -121.8863, 1 },
        { 37.3382, -121.8863, 2 },
        { 37.8044, -122.2712, 3 },
        { 38.5816, -121.4944, 4 },
        { 37.7849, -122.4094, 5 },
    };

    [Theory]
    [MemberData(nameof(Trips))]
    public void Circuity_is_road_like(double lat, double lng, int seed)
    {
        var route = Route.Create(SanFrancisco, new GeoPoint(lat, lng), seed, new RouteProfile());

        Assert.InRange(route.Circuity, 1.2, 1.35);
        Assert.Equal(SanFrancisco, route.Start);
        Assert.Equal(new GeoPoint(lat, lng), route.Destination);
    }

    [Fact]
    public void The_same_seed_gives_the_same_route_and_another_seed_another()
    {
        var a = Route.Create(SanFrancisco, SanJose, 42, new RouteProfile());
        var b = Route.Create(SanFrancisco, SanJose, 42, new RouteProfile());
        var c = Route.Create(SanFrancisco, SanJose, 43, new RouteProfile());

        Assert.Equal(a.Points, b.Points);
        Assert.NotEqual(a.Points, c.Points);
    }

    [Fact]
    public void Vertices_are_close_together_so_positions_never_jump()
    {
        var route = Route.Create(SanFrancisco, SanJose, 7, new RouteProfile());

        var longest = route.Points.Zip(route.Points.Skip(1), Geo.DistanceKm).Max();

        Assert.True(longest < 1.0, $"longest segment {longest:F3} km");
        Assert.True(route.Points.Count > 100);
    }

    [Fact]
    public void Positions_follow_the_polyline_not_the_straight_line()
    {
        var route = Route.Create(SanFrancisco, SanJose, 11, new RouteProfile());
        var offStraight = 0;
        for (var minute = 1; minute < route.Duration.TotalMinutes; minute += 3)
        {
            var distance = route.DistanceAfter(TimeSpan.FromMinutes(minute));
            var position = route.PositionAt(distance);
            Assert.True(DistanceToPolylineMeters(route, position) < 1, $"minute {minute} is off the road");
            if (DistanceToSegmentMeters(position, SanFrancisco, SanJose) > 200)
            {
                offStraight++;
            }
        }

        Assert.True(offStraight > 5, "the route should meander away from the straight line");
    }

    [Fact]
    public void Speeds_are_realistic_with_a_slow_last_kilometre()
    {
        var route = Route.Create(SanFrancisco, SanJose, 3, new RouteProfile(CruiseSpeedKmh: 100, CitySpeedKmh: 40));

        var averageKmh = route.LengthKm / route.Duration.TotalHours;
        var lastKm = route.Duration - TimeForDistance(route, route.LengthKm - 1.0);

        Assert.InRange(averageKmh, 85, 100);
        Assert.Equal(1.5, lastKm.TotalMinutes, 1);
        Assert.Equal(40, route.SpeedAt(route.LengthKm - 0.5));
        Assert.Equal(100, route.SpeedAt(route.LengthKm / 2));
    }

    [Fact]
    public void A_vehicle_stops_at_the_destination()
    {
        var route = Route.Create(SanFrancisco, SanJose, 5, new RouteProfile());

        Assert.Equal(route.LengthKm, route.DistanceAfter(route.Duration + TimeSpan.FromHours(3)));
        Assert.Equal(SanJose, route.PositionAt(route.DistanceAfter(route.Duration + TimeSpan.FromHours(3))));
    }

    private static TimeSpan TimeForDistance(Route route, double km)
    {
        var low = TimeSpan.Zero;
        var high = route.Duration;
        for (var i = 0; i < 60; i++)
        {
            var mid = (low + high) / 2;
            (low, high) = route.DistanceAfter(mid) < km ? (mid, high) : (low, mid);
        }

        return high;
    }

    private static double DistanceToPolylineMeters(Route route, GeoPoint p) =>
        route.Points.Zip(route.Points.Skip(1), (a, b) => DistanceToSegmentMeters(p, a, b)).Min();

    // Planar approximation around the point; fine for sub-kilometre segments.
    private static double DistanceToSegmentMeters(GeoPoint p, GeoPoint a, GeoPoint b)
    {
        var kx = 111_320 * Math.Cos(p.Latitude * Math.PI / 180);
        const double ky = 110_574;
        double ax = (a.Longitude - p.Longitude) * kx, ay = (a.Latitude - p.Latitude) * ky;
        double bx = (b.Longitude - p.Longitude) * kx, by = (b.Latitude - p.Latitude) * ky;
        double dx = bx - ax, dy = by - ay;
        var lengthSquared = (dx * dx) + (dy * dy);
        var t = lengthSquared == 0 ? 0 : Math.Clamp(-((ax * dx) + (ay * dy)) / lengthSquared, 0, 1);
        double cx = ax + (t * dx), cy = ay + (t * dy);
        return Math.Sqrt((cx * cx) + (cy * cy));
    }
}
