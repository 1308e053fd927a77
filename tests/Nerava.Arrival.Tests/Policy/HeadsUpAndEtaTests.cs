using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;
using Nerava.Arrival.Tests.TestSupport;

namespace Nerava.Arrival.Tests.Policy;

public class HeadsUpAndEtaTests
{
    private const double HighwayMps = 100 / 3.6;

    [Fact]
    public void Approach_at_100_kmh_gives_a_sensible_eta()
    {
        var driver = new SessionDriver(Places.Session());
        PolicyOutcome outcome = null!;
        for (var minute = 0; minute <= 10; minute++)
        {
            outcome = driver.Feed(Places.CarFix(60_000 - (minute * 60 * HighwayMps), Places.T0.AddMinutes(minute)));
        }

        // ~43.3 km left at 100 km/h: 26 min straight, ×1.3 road circuity ≈ 33.8 min.
        Assert.Equal(HighwayMps, driver.Session.Memory.SpeedMps!.Value, 0.5);
        Assert.InRange(outcome.EtaMinutes!.Value, 32, 36);
    }

    [Fact]
    public void Eta_uses_a_distance_prior_before_any_speed_is_known()
    {
        var near = ArrivalPolicy.Evaluate(Places.Session(), Places.CarFix(2_000, Places.T0), ArrivalPolicyOptions.Default);
        var far = ArrivalPolicy.Evaluate(Places.Session(), Places.CarFix(100_000, Places.T0), ArrivalPolicyOptions.Default);

        Assert.Equal(2_000 * 1.3 / (35 / 3.6) / 60, near.EtaMinutes!.Value, 0.01); // city prior: ≈ 4.5 min
        Assert.Equal(100_000 * 1.3 / (95 / 3.6) / 60, far.EtaMinutes!.Value, 0.01); // highway prior: ≈ 82 min
        Assert.NotEqual(100_000 / 800.0, far.EtaMinutes!.Value, 1); // not the seed's constant 30 mph
    }

    [Fact]
    public void Heads_up_goes_out_once_when_eta_drops_to_prep_time()
    {
        var driver = new SessionDriver(Places.Session());
        var distances = new[] { 12_000, 9_000, 6_000, 4_000, 2_500, 1_200 };
        for (var i = 0; i < distances.Length; i++)
        {
            driver.Feed(Places.CarFix(distances[i], Places.T0.AddMinutes(2 * i)));
        }

        var index = driver.FirstIndexOf<SendHeadsUp>();
        var headsUp = driver.AllDecisions.OfType<SendHeadsUp>().Single();
        Assert.True(index > 0);
        Assert.True(headsUp.EtaMinutes <= 5);
        Assert.True(driver.Outcomes[index - 1].EtaMinutes > 5);
        Assert.True(driver.Session.HeadsUpSent);
    }

    [Fact]
    public void Heads_up_is_not_sent_without_a_bound_order_or_for_after_charge_sessions()
    {
        var pending = ArrivalPolicy.Evaluate(Places.Session(SessionStatus.PendingOrder), Places.CarFix(1_000, Places.T0), ArrivalPolicyOptions.Default);
        var afterCharge = ArrivalPolicy.Evaluate(
            Places.Session(trigger: FireTrigger.AfterCharge, targetSoc: 80), Places.CarFix(1_000, Places.T0), ArrivalPolicyOptions.Default);
        var onArrival = ArrivalPolicy.Evaluate(Places.Session(), Places.CarFix(1_000, Places.T0), ArrivalPolicyOptions.Default);

        Assert.Empty(pending.Decisions);
        Assert.Empty(afterCharge.Decisions);
        Assert.IsType<SendHeadsUp>(Assert.Single(onArrival.Decisions));
    }

    [Fact]
    public void Heads_up_already_sent_is_not_repeated()
    {
        var outcome = ArrivalPolicy.Evaluate(Places.Session(headsUpSent: true), Places.CarFix(1_000, Places.T0), ArrivalPolicyOptions.Default);

        Assert.Empty(outcome.Decisions);
    }

    [Fact]
    public void Merchant_prep_time_sets_the_heads_up_lead()
    {
        var session = Places.Session() with { MerchantPrepTime = TimeSpan.FromMinutes(15) };

        var outcome = ArrivalPolicy.Evaluate(session, Places.CarFix(5_000, Places.T0), ArrivalPolicyOptions.Default);

        Assert.IsType<SendHeadsUp>(Assert.Single(outcome.Decisions)); // ETA ≈ 9 min: within 15, not within the default 5
    }

    [Fact]
    public void Speed_smoothing_resists_one_slow_sample()
    {
        var smoothed = EtaEstimator.SmoothSpeed(HighwayMps, 2, TimeSpan.FromMinutes(1), etaMinutes: 60);

        Assert.InRange(smoothed, HighwayMps * 0.85, HighwayMps);
    }

    [Fact]
    public void Speed_smoothing_follows_quickly_near_the_end()
    {
        var smoothed = EtaEstimator.SmoothSpeed(HighwayMps, 8, TimeSpan.FromMinutes(1), etaMinutes: 3);

        Assert.InRange(smoothed, 8, 16); // τ = 1 min: most of the way to the new speed in one minute
    }

    [Fact]
    public void A_parked_car_speed_falls_back_to_the_prior()
    {
        Assert.Equal(EtaEstimator.PriorSpeedMps(50_000), EtaEstimator.EffectiveSpeedMps(50_000, 0.5));
        Assert.Equal(20, EtaEstimator.EffectiveSpeedMps(50_000, 20));
        Assert.Equal(0, EtaEstimator.EstimateMinutes(0, 20));
    }

    [Fact]
    public void Prior_blends_from_city_to_highway_speed()
    {
        Assert.Equal(35 / 3.6, EtaEstimator.PriorSpeedMps(1_000), 6);
        Assert.Equal(95 / 3.6, EtaEstimator.PriorSpeedMps(200_000), 6);
        Assert.InRange(EtaEstimator.PriorSpeedMps(11_500), (35 / 3.6) + 1, (95 / 3.6) - 1);
    }
}
