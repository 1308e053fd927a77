using Nerava.Arrival.Geo;
using Nerava.Arrival.Tests.TestSupport;

namespace Nerava.Arrival.Tests.Geo;

public class RouteCorridorTests
{
    private static readonly GeoPoint Austin = new(30.329275, -97.706259);
    private static readonly GeoPoint Waco = new(31.58224, -97.10915);
    private static readonly GeoPoint Houston = new(29.7604, -95.3698);

    [Fact]
    public void Waco_and_Austin_lie_along_Dallas_to_San_Antonio_in_driving_order()
    {
        var waco = RouteCorridor.Locate(Places.Dallas, Places.SanAntonioCharger, Waco);
        var austin = RouteCorridor.Locate(Places.Dallas, Places.SanAntonioCharger, Austin);

        Assert.True(waco.AlongM < austin.AlongM);
        Assert.InRange(waco.AlongM, 120_000, 160_000);
        Assert.True(RouteCorridor.Contains(Places.Dallas, Places.SanAntonioCharger, Austin, 40_000));
    }

    [Fact]
    public void Houston_is_far_off_the_Dallas_to_San_Antonio_route()
    {
        var houston = RouteCorridor.Locate(Places.Dallas, Places.SanAntonioCharger, Houston);

        Assert.True(houston.OffRouteM > 150_000);
        Assert.False(RouteCorridor.Contains(Places.Dallas, Places.SanAntonioCharger, Houston, 40_000));
    }

    [Fact]
    public void A_point_behind_the_start_is_measured_from_the_start()
    {
        var behind = GeoMath.Destination(Places.Dallas, 20, 30_000);

        var position = RouteCorridor.Locate(Places.Dallas, Places.SanAntonioCharger, behind);

        Assert.Equal(0, position.AlongM);
        Assert.InRange(position.OffRouteM, 29_000, 31_000);
    }

    [Fact]
    public void A_route_of_no_length_measures_the_distance_to_its_start()
    {
        var near = GeoMath.Destination(Places.Dallas, 90, 1_000);

        var position = RouteCorridor.Locate(Places.Dallas, Places.Dallas, near);

        Assert.InRange(position.OffRouteM, 990, 1_010);
    }
}
