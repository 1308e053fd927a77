using Nerava.Arrival.Analytics;

namespace Nerava.Arrival.Tests.Analytics;

public sealed class MerchantAnalyticsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void On_time_rate_and_average_wait_count_only_confirmed_hand_overs()
    {
        var figures = MerchantAnalytics.Compute(
        [
            new ArrivalRecord(T0, T0.AddMinutes(3), "manual"),
            new ArrivalRecord(T0, T0.AddMinutes(5), "smartcar"),
            new ArrivalRecord(T0, T0.AddMinutes(11), "smartcar"),
            new ArrivalRecord(T0, null, "charger"),
        ], TimeSpan.FromMinutes(5));

        Assert.Equal(4, figures.Arrivals);
        Assert.Equal(3, figures.Confirmed);
        Assert.Equal(2.0 / 3, figures.OnTimeRate!.Value, 6);
        Assert.Equal(19.0 / 3, figures.AverageWaitMinutes!.Value, 6);
        Assert.Equal(new Dictionary<string, int> { ["charger"] = 1, ["manual"] = 1, ["smartcar"] = 2 }, figures.BySource);
    }

    [Fact]
    public void No_confirmed_hand_overs_means_no_rate_rather_than_zero()
    {
        var figures = MerchantAnalytics.Compute([new ArrivalRecord(T0, null, null)], TimeSpan.FromMinutes(5));
        Assert.Null(figures.OnTimeRate);
        Assert.Null(figures.AverageWaitMinutes);
        Assert.Equal(1, figures.BySource["unknown"]);
    }

    [Theory]
    [InlineData("2026-11-30T10:00:00Z", "2026-11-30", "2026-11-23")] // a Monday
    [InlineData("2026-11-29T23:59:00Z", "2026-11-23", "2026-11-16")] // a Sunday
    [InlineData("2026-12-02T00:00:00Z", "2026-11-30", "2026-11-23")]
    public void Weeks_start_on_Monday_UTC(string now, string thisWeek, string lastWeek)
    {
        var (start, previous) = MerchantAnalytics.Weeks(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(thisWeek, start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(lastWeek, previous.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
