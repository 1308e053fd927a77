using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;
using Nerava.Arrival.Tests.TestSupport;

namespace Nerava.Arrival.Tests.Policy;

public class StaleDataTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    private static DateTimeOffset Minute(int n) => Places.T0.AddMinutes(n);

    [Theory]
    [InlineData(-11, 0, true)] // delivered late: Smartcar fetched it 11 min ago
    [InlineData(0, -11, true)] // fetched now, but the car recorded it 11 min ago
    [InlineData(-10, -10, false)] // exactly at the limit
    [InlineData(-2, -3, false)]
    [InlineData(5, 5, false)] // another clock ahead of ours (time-scaled simulator)
    public void Data_older_than_the_limit_by_either_stamp_is_stale(int retrievedMinutesAgo, int recordedMinutesAgo, bool stale)
    {
        var now = Places.T0;

        Assert.Equal(stale, DataFreshness.IsStale(now.AddMinutes(retrievedMinutesAgo), now.AddMinutes(recordedMinutesAgo), now, Limit));
    }

    [Fact]
    public void Missing_stamps_are_not_stale() =>
        Assert.False(DataFreshness.IsStale(null, null, Places.T0, Limit));

    [Fact]
    public void Stale_fixes_inside_the_fence_never_arrive_nor_build_a_streak()
    {
        var driver = new SessionDriver(Places.Session());
        driver.Feed(Places.CarFix(3_000, Minute(0)));
        var stale1 = driver.Feed(Places.CarFix(40, Minute(1)) with { Stale = true });
        var stale2 = driver.Feed(Places.CarFix(30, Minute(2)) with { Stale = true });

        Assert.Empty(stale1.Decisions);
        Assert.Empty(stale2.Decisions);
        Assert.Equal(SessionStatus.AwaitingArrival, driver.Session.Status);
        Assert.Single(driver.Session.Memory!.RecentFixes); // Only the fresh fix is remembered.
        Assert.InRange(stale2.DistanceM!.Value, 25, 35); // Still reported where it says the car was.
    }

    [Fact]
    public void A_fresh_fix_after_stale_ones_is_judged_on_fresh_data_only()
    {
        var driver = new SessionDriver(Places.Session());
        driver.Feed(Places.CarFix(3_000, Minute(0)));
        driver.Feed(Places.CarFix(40, Minute(1)) with { Stale = true });

        // 3 km to the fence in two minutes is too fast for an approach and a first inside fix: no arrival yet.
        var fresh = driver.Feed(Places.CarFix(40, Minute(2)));
        Assert.DoesNotContain(fresh.Decisions, d => d is MarkArrived);

        var confirming = driver.Feed(Places.CarFix(35, Minute(3)));
        Assert.Contains(confirming.Decisions, d => d is MarkArrived);
    }

    [Fact]
    public void A_stale_charge_reading_at_the_target_does_not_fire_the_kitchen()
    {
        var session = Places.Session(SessionStatus.Arrived, FireTrigger.AfterCharge, targetSoc: 80);
        var reading = Places.Battery(85, ChargeState.Charging, Minute(0)) with { Stale = true };

        var outcome = ArrivalPolicy.Evaluate(session, reading, ArrivalPolicyOptions.Default);

        Assert.Empty(outcome.Decisions);
        Assert.Empty(outcome.Memory.RecentCharge);
    }
}
