using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;
using Nerava.Arrival.Tests.TestSupport;

namespace Nerava.Arrival.Tests.Policy;

public class TelematicsJitterTests
{
    private static SessionDriver NewDriver() => new(Places.Session());

    private static DateTimeOffset Minute(int n) => Places.T0.AddMinutes(n);

    [Fact]
    public void A_single_teleporting_outlier_inside_never_arrives()
    {
        var driver = NewDriver();
        driver.Feed(Places.CarFix(20_000, Minute(0)));
        driver.Feed(Places.CarFix(19_000, Minute(1)));
        var outlier = driver.Feed(Places.CarFix(50, Minute(2)));
        driver.Feed(Places.CarFix(17_000, Minute(3)));
        driver.Feed(Places.CarFix(16_000, Minute(4)));

        Assert.DoesNotContain(outlier.Decisions, d => d is MarkArrived);
        Assert.Equal(-1, driver.FirstIndexOf<MarkArrived>());
        Assert.Equal(SessionStatus.AwaitingArrival, driver.Session.Status);
    }

    [Fact]
    public void The_first_fix_ever_waits_for_confirmation_even_inside()
    {
        var driver = NewDriver();
        driver.Feed(Places.CarFix(100, Minute(0)));
        Assert.Equal(-1, driver.FirstIndexOf<MarkArrived>());

        driver.Feed(Places.CarFix(90, Minute(1)));
        Assert.Equal(1, driver.FirstIndexOf<MarkArrived>());
    }

    [Fact]
    public void Flapping_across_the_fence_edge_never_arrives()
    {
        var driver = NewDriver();
        for (var i = 0; i < 20; i++)
        {
            driver.Feed(Places.CarFix(i % 2 == 0 ? 280 : 235, Minute(i)));
        }

        Assert.Equal(-1, driver.FirstIndexOf<MarkArrived>());
    }

    [Fact]
    public void A_city_approach_arrives_when_a_second_inside_fix_shows_it_parked()
    {
        var driver = NewDriver();
        driver.Feed(Places.CarFix(2_000, Minute(0)));
        driver.Feed(Places.CarFix(1_300, Minute(1)));
        driver.Feed(Places.CarFix(700, Minute(2)));
        var first = driver.Feed(Places.CarFix(150, Minute(3)));
        var second = driver.Feed(Places.CarFix(140, Minute(4)));

        Assert.DoesNotContain(first.Decisions, d => d is MarkArrived);
        var arrived = Assert.IsType<MarkArrived>(second.Decisions[0]);
        Assert.Equal(SignalSource.Smartcar, arrived.Source);
        Assert.Equal(SessionStatus.Arrived, driver.Session.Status);
    }

    [Fact]
    public void A_car_driving_past_the_charger_through_the_fence_never_arrives()
    {
        // 40 km/h past the charger, 60 m off: one fix before the closest point, one after it, both inside.
        var driver = NewDriver();
        driver.Feed(Places.CarFix(900, Minute(0), bearing: 0));
        driver.Feed(Places.CarFix(230, Minute(1), bearing: 15));
        driver.Feed(Places.CarFix(240, Minute(1).AddSeconds(45), bearing: 165));
        driver.Feed(Places.CarFix(900, Minute(3), bearing: 180));

        Assert.Equal(-1, driver.FirstIndexOf<MarkArrived>());
    }

    [Fact]
    public void Passing_through_the_fence_to_park_in_a_neighbouring_lot_never_arrives()
    {
        var driver = NewDriver();
        driver.Feed(Places.CarFix(1_500, Minute(0), bearing: 90));
        driver.Feed(Places.CarFix(80, Minute(1), bearing: 90));
        for (var i = 2; i < 30; i++)
        {
            driver.Feed(Places.CarFix(450, Minute(i), bearing: 270));
        }

        Assert.Equal(-1, driver.FirstIndexOf<MarkArrived>());
    }

    [Fact]
    public void A_slow_looking_step_over_a_long_gap_is_no_evidence_of_a_stop()
    {
        // 400 m in 10 minutes is 0.7 m/s on paper; the car may well be driving past at 40 km/h now.
        var fix = TelematicsFixTracker.Track(
            TrackingMemory.Empty with { RecentFixes = [new PositionFix(Places.FromCharger(500, 0), null, Minute(0))] },
            Places.SanAntonioCharger,
            new PositionFix(Places.FromCharger(100, 0), null, Minute(10)),
            Minute(10),
            ArrivalPolicyOptions.Default);

        Assert.Null(fix.ArrivalRule);
    }

    [Fact]
    public void A_car_still_driving_in_arrives_once_it_stands_still()
    {
        var driver = NewDriver();
        driver.Feed(Places.CarFix(3_000, Minute(0)));
        driver.Feed(Places.CarFix(1_600, Minute(1)));
        var entering = driver.Feed(Places.CarFix(200, Minute(2))); // 23 m/s on entry: could be driving past
        var moving = driver.Feed(Places.CarFix(60, Minute(3))); // still moving: could be passing at its closest point
        var parked = driver.Feed(Places.CarFix(55, Minute(3).AddSeconds(30)));

        Assert.DoesNotContain(entering.Decisions, d => d is MarkArrived);
        Assert.DoesNotContain(moving.Decisions, d => d is MarkArrived);
        Assert.IsType<MarkArrived>(parked.Decisions[0]);
    }

    [Fact]
    public void A_stopped_car_well_inside_arrives_without_a_streak()
    {
        var fix = TelematicsFixTracker.Track(
            TrackingMemory.Empty with { RecentFixes = [new PositionFix(Places.FromCharger(110, 180), null, Minute(0))] },
            Places.SanAntonioCharger,
            new PositionFix(Places.FromCharger(120, 200), null, Minute(1)),
            Minute(1),
            ArrivalPolicyOptions.Default);

        Assert.Equal(FixAssessment.ArrivalRules.StoppedDeepInside, fix.ArrivalRule);
    }

    [Fact]
    public void After_arrival_no_further_arrival_is_emitted()
    {
        var driver = NewDriver();
        driver.Feed(Places.CarFix(100, Minute(0)));
        driver.Feed(Places.CarFix(90, Minute(1)));
        for (var i = 2; i < 10; i++)
        {
            driver.Feed(Places.CarFix(i % 2 == 0 ? 50 : 400, Minute(i)));
        }

        Assert.Single(driver.AllDecisions.OfType<MarkArrived>());
        Assert.Single(driver.AllDecisions.OfType<FireKitchen>());
    }

    [Fact]
    public void Out_of_order_and_duplicate_fixes_are_ignored()
    {
        var driver = NewDriver();
        driver.Feed(Places.CarFix(5_000, Minute(5)));
        var before = driver.Session.Memory;

        var older = driver.Feed(Places.CarFix(100, Minute(4)));
        var duplicate = driver.Feed(Places.CarFix(100, Minute(5)));

        Assert.Same(before, older.Memory);
        Assert.Same(before, duplicate.Memory);
        Assert.Empty(older.Decisions);
        Assert.Equal(5_000, older.DistanceM!.Value, 0.5);
    }

    [Fact]
    public void Fixes_too_old_when_received_or_stamped_in_the_future_are_ignored()
    {
        var old = new Signal(SignalSource.Smartcar, Minute(30), new PositionFix(Places.FromCharger(100), null, Minute(0)));
        var future = new Signal(SignalSource.Smartcar, Minute(0), new PositionFix(Places.FromCharger(100), null, Minute(10)));

        Assert.Empty(ArrivalPolicy.Evaluate(Places.Session(), old, ArrivalPolicyOptions.Default).Memory.RecentFixes);
        Assert.Empty(ArrivalPolicy.Evaluate(Places.Session(), future, ArrivalPolicyOptions.Default).Memory.RecentFixes);
    }

    [Fact]
    public void Memory_keeps_only_the_last_few_fixes()
    {
        var driver = NewDriver();
        for (var i = 0; i < 12; i++)
        {
            driver.Feed(Places.CarFix(50_000 - (i * 1_000), Minute(i)));
        }

        Assert.Equal(ArrivalPolicyOptions.Default.RecentFixesKept, driver.Session.Memory.RecentFixes.Count);
        Assert.Equal(Minute(11), driver.Session.Memory.LastFix()!.At);
    }

    [Fact]
    public void Webhook_fixes_follow_the_same_rules()
    {
        var driver = NewDriver();
        driver.Feed(Places.CarFix(1_000, Minute(0), source: SignalSource.SmartcarWebhook));
        var first = driver.Feed(Places.CarFix(200, Minute(2), source: SignalSource.SmartcarWebhook));
        var second = driver.Feed(Places.CarFix(190, Minute(3), source: SignalSource.SmartcarWebhook));

        Assert.Empty(first.Decisions.OfType<MarkArrived>());
        Assert.Equal(SignalSource.SmartcarWebhook, Assert.IsType<MarkArrived>(second.Decisions[0]).Source);
    }
}
