using Nerava.Arrival.Geo;
using Nerava.Arrival.Tests.TestSupport;

namespace Nerava.Arrival.Tests.Geo;

public class GeoMathTests
{
    [Fact]
    public void Dallas_to_San_Antonio_is_about_406_km_straight_line()
    {
        var meters = GeoMath.DistanceMeters(Places.Dallas, Places.SanAntonioCharger);

        Assert.InRange(meters, 400_000, 412_000);
    }

    [Fact]
    public void One_degree_of_latitude_is_about_111_km()
    {
        Assert.InRange(GeoMath.DistanceMeters(new GeoPoint(0, 0), new GeoPoint(1, 0)), 111_100, 111_300);
    }

    [Fact]
    public void Distance_is_symmetric_and_zero_to_itself()
    {
        Assert.Equal(0, GeoMath.DistanceMeters(Places.Dallas, Places.Dallas));
        Assert.Equal(
            GeoMath.DistanceMeters(Places.Dallas, Places.SanAntonioCharger),
            GeoMath.DistanceMeters(Places.SanAntonioCharger, Places.Dallas),
            6);
    }

    [Fact]
    public void Antipodes_are_half_the_circumference_apart()
    {
        Assert.Equal(Math.PI * GeoMath.EarthRadiusMeters, GeoMath.DistanceMeters(new GeoPoint(0, 0), new GeoPoint(0, 180)), 0);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(90, 240)]
    [InlineData(200, 260)]
    [InlineData(315, 150_000)]
    public void Destination_lands_at_the_requested_distance_and_bearing(double bearing, double meters)
    {
        var point = GeoMath.Destination(Places.SanAntonioCharger, bearing, meters);

        Assert.Equal(meters, GeoMath.DistanceMeters(Places.SanAntonioCharger, point), meters * 1e-6);
        var bearingError = Math.Abs(((GeoMath.BearingDegrees(Places.SanAntonioCharger, point) - bearing + 540) % 360) - 180);
        Assert.True(bearingError < 0.1, $"bearing off by {bearingError}°");
    }

    [Fact]
    public void Bearing_from_San_Antonio_to_Dallas_is_north_north_east()
    {
        Assert.InRange(GeoMath.BearingDegrees(Places.SanAntonioCharger, Places.Dallas), 20, 27);
    }

    [Theory]
    [InlineData(29.4, -98.5, true)]
    [InlineData(90, 180, true)]
    [InlineData(-90, -180, true)]
    [InlineData(90.0001, 0, false)]
    [InlineData(0, -180.5, false)]
    [InlineData(double.NaN, 0, false)]
    [InlineData(0, double.PositiveInfinity, false)]
    public void IsValid_checks_ranges_and_finiteness(double lat, double lng, bool valid)
    {
        Assert.Equal(valid, GeoPoint.IsValid(lat, lng));
        Assert.Equal(valid, new GeoPoint(lat, lng).HasValidCoordinates());
    }
}
