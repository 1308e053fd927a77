using Nerava.Arrival.Charging;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Tests.TestSupport;

namespace Nerava.Arrival.Tests.Charging;

public class ChargeForecastTests
{
    private static ChargeReading At(double minutes, double soc, ChargeState state = ChargeState.Charging) =>
        new(soc, state, true, Places.T0.AddMinutes(minutes));

    [Fact]
    public void Below_the_taper_the_observed_rate_is_extrapolated_linearly()
    {
        var minutes = ChargeForecast.MinutesToTarget([At(0, 30), At(10, 40)], 70);

        Assert.Equal(30, minutes!.Value, 6);
    }

    [Fact]
    public void Above_80_percent_charging_slows()
    {
        var to80 = ChargeForecast.MinutesToTarget([At(0, 50), At(10, 60)], 80)!.Value;
        var to90 = ChargeForecast.MinutesToTarget([At(0, 50), At(10, 60)], 90)!.Value;

        Assert.Equal(20, to80, 6);
        // The last ten points at a falling rate take longer than the ten before them: ln(1/0.625)/0.0375 ≈ 12.5 min.
        Assert.Equal(20 + (Math.Log(1 / 0.625) / 0.0375), to90, 6);
        Assert.True(to90 - to80 > 10);
    }

    [Fact]
    public void A_rate_observed_inside_the_taper_is_scaled_back_to_the_bulk_rate()
    {
        // 84 → 86 in 4 min observed at 85 % (relative rate 0.8125): bulk rate 0.615 %/min.
        var minutes = ChargeForecast.MinutesToTarget([At(0, 84), At(4, 86)], 90)!.Value;

        var bulk = 0.5 / 0.8125;
        Assert.Equal(Math.Log(ChargeForecast.RelativeRate(86) / ChargeForecast.RelativeRate(90)) / (bulk * 0.0375), minutes, 6);
    }

    [Fact]
    public void Target_already_reached_is_zero()
    {
        Assert.Equal(0, ChargeForecast.MinutesToTarget([At(0, 81)], 80));
    }

    [Theory]
    [InlineData(ChargeState.NotCharging)]
    [InlineData(ChargeState.FullyCharged)]
    public void Not_charging_below_target_has_no_forecast(ChargeState state)
    {
        Assert.Null(ChargeForecast.MinutesToTarget([At(0, 60), At(10, 70, state)], 80));
    }

    [Fact]
    public void One_reading_or_no_rise_has_no_forecast()
    {
        Assert.Null(ChargeForecast.MinutesToTarget([], 80));
        Assert.Null(ChargeForecast.MinutesToTarget([At(0, 60)], 80));
        Assert.Null(ChargeForecast.MinutesToTarget([At(0, 60), At(10, 60)], 80));
    }

    [Fact]
    public void Only_the_latest_charging_run_sets_the_rate()
    {
        // Driving drained the battery (90 → 40), then charging at 2 %/min; unsorted input is fine.
        var readings = new[] { At(20, 44), At(0, 90), At(18, 40), At(5, 85, ChargeState.NotCharging) };

        Assert.Equal(18, ChargeForecast.MinutesToTarget(readings, 80)!.Value, 6);
    }

    [Fact]
    public void Readings_older_than_the_window_are_ignored_for_the_rate()
    {
        var readings = new[] { At(0, 20), At(50, 60), At(60, 70) }; // the 0 → 50 min span charged slower

        Assert.Equal(10, ChargeForecast.MinutesToTarget(readings, 80)!.Value, 6);
    }
}
