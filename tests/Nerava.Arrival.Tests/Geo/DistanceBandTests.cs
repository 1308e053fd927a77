using Nerava.Arrival.Geo;

namespace Nerava.Arrival.Tests.Geo;

public class DistanceBandTests
{
    [Theory]
    [InlineData(null, false, "unknown")]
    [InlineData(double.NaN, false, "unknown")]
    [InlineData(-5.0, false, "unknown")]
    [InlineData(120.0, false, "under_1_km")] // Inside the fence but not yet verified: not "on site".
    [InlineData(1_000.0, false, "under_1_km")]
    [InlineData(1_000.1, false, "1_to_5_km")]
    [InlineData(5_000.0, false, "1_to_5_km")]
    [InlineData(19_999.0, false, "5_to_20_km")]
    [InlineData(400_000.0, false, "over_20_km")]
    [InlineData(3_000.0, true, "on_site")] // A verified arrival wins over an old fix.
    [InlineData(null, true, "on_site")]
    public void Distance_falls_in_a_coarse_band(double? meters, bool arrived, string wire) =>
        Assert.Equal(wire, DistanceBands.For(meters, arrived).ToWire());

    [Fact]
    public void Every_band_has_a_distinct_wire_name() =>
        Assert.Equal(Enum.GetValues<DistanceBand>().Length, Enum.GetValues<DistanceBand>().Select(b => b.ToWire()).Distinct().Count());
}
