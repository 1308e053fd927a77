using Nerava.Arrival.Geo;
using Nerava.Arrival.Tests.TestSupport;

namespace Nerava.Arrival.Tests.Geo;

public class GeofenceTests
{
    private const double Radius = 250;

    [Theory]
    // distance, accuracy, inside, reject code
    [InlineData(100, null, true, null)]
    [InlineData(240, null, true, null)]
    [InlineData(260, null, false, "TOO_FAR_FROM_CHARGER")]
    [InlineData(100, 30.0, true, null)]
    [InlineData(240, 30.0, true, null)]
    [InlineData(260, 30.0, true, null)] // 260 − 30/2 = 245 ≤ 250: half the accuracy is credited
    [InlineData(270, 30.0, false, "TOO_FAR_FROM_CHARGER")] // 270 − 15 = 255
    [InlineData(260, 10.0, false, "TOO_FAR_FROM_CHARGER")] // 260 − 5 = 255
    [InlineData(100, 300.0, false, "ACCURACY_TOO_LOW")]
    [InlineData(0, 300.0, false, "ACCURACY_TOO_LOW")]
    [InlineData(260, 300.0, false, "ACCURACY_TOO_LOW")]
    [InlineData(600, 300.0, false, "TOO_FAR_FROM_CHARGER")] // outside even if all 300 m of error were ours
    [InlineData(100, -5.0, true, null)] // nonsense accuracy = unknown
    public void Fix_around_the_San_Antonio_charger(double meters, double? accuracy, bool inside, string? code)
    {
        var fix = Places.FromCharger(meters, bearing: 75);

        var verdict = Geofence.Evaluate(Places.SanAntonioCharger, Radius, fix, accuracy);

        Assert.Equal(meters, verdict.DistanceM, 0.01);
        Assert.Equal(inside, verdict.Inside);
        Assert.Equal(code, verdict.RejectCode);
    }

    [Fact]
    public void Accuracy_equal_to_the_radius_still_counts()
    {
        var verdict = Geofence.Evaluate(Places.SanAntonioCharger, Radius, Places.FromCharger(300), 250);

        Assert.True(verdict.Inside); // 300 − 125 = 175 ≤ 250
    }

    [Fact]
    public void Invalid_input_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => Geofence.Evaluate(Places.SanAntonioCharger, Radius, new GeoPoint(91, 0), null));
        Assert.Throws<ArgumentOutOfRangeException>(() => Geofence.Evaluate(Places.SanAntonioCharger, 0, Places.SanAntonioCharger, null));
    }
}
