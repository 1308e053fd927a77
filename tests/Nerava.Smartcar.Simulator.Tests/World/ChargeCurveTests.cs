using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.Tests.World;

public sealed class ChargeCurveTests
{
    private static readonly ChargeCurve Curve = new(MaxPowerKw: 150, BatteryKwh: 75);

    [Fact]
    public void Charging_is_fast_to_eighty_percent_then_tapers()
    {
        var gainAt50 = Curve.SocAfter(50, TimeSpan.FromMinutes(5), 100) - 50;
        var gainAt85 = Curve.SocAfter(85, TimeSpan.FromMinutes(5), 100) - 85;

        Assert.Equal(16.67, gainAt50, 2);
        Assert.True(gainAt85 < gainAt50 / 2, $"at 85 % it still gained {gainAt85:F2} % in 5 min");
        Assert.True(Curve.PowerAt(95) < Curve.PowerAt(79));
    }

    [Fact]
    public void Ten_to_eighty_takes_about_21_minutes_at_150_kw()
    {
        Assert.Equal(21, Curve.TimeToReach(10, 80).TotalMinutes, 0);
    }

    [Fact]
    public void Charging_stops_at_the_target()
    {
        Assert.Equal(70, Curve.SocAfter(40, TimeSpan.FromHours(5), 70));
        Assert.True(Curve.SocAfter(40, TimeSpan.FromHours(5), 100) <= 100);
    }

    [Theory]
    [InlineData(10, 60)]
    [InlineData(30, 90)]
    [InlineData(82, 99)]
    public void Time_to_reach_is_the_inverse_of_soc_after(double from, double to)
    {
        var time = Curve.TimeToReach(from, to);

        Assert.Equal(to, Curve.SocAfter(from, time, 100), 6);
    }
}
