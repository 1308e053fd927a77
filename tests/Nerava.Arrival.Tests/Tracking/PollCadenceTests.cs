using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;
using Nerava.Arrival.Tests.TestSupport;
using Nerava.Arrival.Tracking;

namespace Nerava.Arrival.Tests.Tracking;

public class PollCadenceTests
{
    private static readonly CadenceOptions Options = CadenceOptions.Default;
    private static readonly DateTimeOffset Now = Places.T0;

    private static (SessionSnapshot Session, PolicyOutcome Outcome) After(SessionSnapshot session, params Signal[] signals)
    {
        var driver = new SessionDriver(session);
        PolicyOutcome outcome = null!;
        foreach (var signal in signals)
        {
            outcome = driver.Feed(signal);
        }

        return (driver.Session, outcome);
    }

    private static PollPlan Adaptive(SessionSnapshot session, PolicyOutcome? outcome, IReadOnlyList<DateTimeOffset>? calls = null, TimeSpan? retryAfter = null) =>
        PollCadence.Plan(CadenceMode.Adaptive, session, outcome, calls ?? [], Now, Options, retryAfter);

    [Fact]
    public void A_poll_costing_several_requests_waits_until_all_of_them_fit_the_hourly_budget()
    {
        // 18 requests in the last hour, one kept for a confirmation: a 1-request poll fits now, a 3-item v2 batch only once the
        // two oldest have left the window.
        var calls = Enumerable.Range(0, 18).Select(i => Now.AddMinutes(-50 + i)).ToList();
        var (session, outcome) = After(Places.Session(), Places.CarFix(900, Now.AddSeconds(-60)), Places.CarFix(500, Now));

        var one = PollCadence.Plan(CadenceMode.Adaptive, session, outcome, calls, Now, Options, callsPerPoll: 1);
        var three = PollCadence.Plan(CadenceMode.Adaptive, session, outcome, calls, Now, Options, callsPerPoll: 3);

        Assert.Equal(PollReasons.NearGeofence, one.Reason);
        Assert.True(one.NextPollAt < Now.AddMinutes(1), $"1-request poll at {one.NextPollAt:O}");
        Assert.Equal(calls[1].AddHours(1), three.NextPollAt);
        Assert.Equal(PollReasons.Budget, three.Reason);
    }

    [Fact]
    public void Fixed60s_polls_every_minute_whatever_the_distance()
    {
        var (session, outcome) = After(Places.Session(), Places.CarFix(150_000, Now));

        var plan = PollCadence.Plan(CadenceMode.Fixed60s, session, outcome, [], Now, Options);

        Assert.Equal(Now.AddSeconds(60), plan.NextPollAt);
        Assert.Equal(PollReasons.FixedInterval, plan.Reason);
    }

    [Fact]
    public void Without_a_position_adaptive_polls_now()
    {
        var plan = Adaptive(Places.Session(), null);

        Assert.Equal(Now, plan.NextPollAt);
        Assert.Equal(PollReasons.NoPosition, plan.Reason);
    }

    [Fact]
    public void A_recent_call_keeps_the_minimum_interval()
    {
        var plan = Adaptive(Places.Session(), null, [Now.AddSeconds(-10)]);

        Assert.Equal(Now.AddSeconds(20), plan.NextPollAt);
    }

    [Fact]
    public void Far_away_adaptive_waits_the_maximum_interval()
    {
        var (session, outcome) = After(Places.Session(), Places.CarFix(150_000, Now));

        var plan = Adaptive(session, outcome);

        Assert.Equal(Now.AddMinutes(30), plan.NextPollAt);
        Assert.Equal(PollReasons.Approach, plan.Reason);
    }

    [Fact]
    public void Mid_range_polls_before_the_driver_could_reach_the_heads_up_point_at_130_kmh()
    {
        var (session, outcome) = After(Places.Session(), Places.CarFix(30_000, Now));

        var plan = Adaptive(session, outcome);

        // Heads-up point at the highway prior (≈ 26 m/s): 300 s × 26.4 / 1.3 ≈ 6.1 km; (30 − 6.1) km at 36.1 m/s × 0.8 ≈ 8.8 min.
        var wait = plan.NextPollAt - Now;
        Assert.InRange(wait.TotalMinutes, 8, 10);
    }

    [Fact]
    public void Near_the_geofence_polls_densely()
    {
        var (session, outcome) = After(Places.Session(headsUpSent: true), Places.CarFix(1_000, Now));

        var plan = Adaptive(session, outcome);

        Assert.Equal(Now + Options.DenseInterval, plan.NextPollAt);
        Assert.Equal(PollReasons.NearGeofence, plan.Reason);
    }

    [Fact]
    public void An_inside_fix_awaiting_confirmation_is_the_most_urgent_and_confirmed_a_drive_by_later()
    {
        var (session, outcome) = After(Places.Session(), Places.CarFix(100, Now));

        var plan = Adaptive(session, outcome);

        Assert.Equal(Now + Options.ConfirmGap, plan.NextPollAt);
        Assert.Equal(0, plan.Priority);
        Assert.Equal(PollReasons.ConfirmingArrival, plan.Reason);
    }

    [Fact]
    public void After_a_slow_answer_the_confirming_poll_goes_out_soon_after_it()
    {
        // The inside fix was taken 40 s before its answer came back (now).
        var (session, outcome) = After(Places.Session(), Places.CarFix(100, Now.AddSeconds(-40)));

        var plan = Adaptive(session, outcome, [Now]);

        Assert.Equal(Now + Options.ConfirmAfterAnswer, plan.NextPollAt);
        Assert.Equal(PollReasons.ConfirmingArrival, plan.Reason);
    }

    [Fact]
    public void A_car_crawling_near_the_fence_is_paced_and_one_driving_in_is_not()
    {
        var calls = Enumerable.Range(1, 16).Select(i => Now.AddMinutes(-i * 2)).ToList(); // 16 of 20 in the last 32 min
        var (crawling, crawl) = After(Places.Session(), Places.CarFix(1_300, Now.AddSeconds(-90)), Places.CarFix(1_100, Now)); // 2.2 m/s
        var (driving, drive) = After(Places.Session(), Places.CarFix(2_300, Now.AddSeconds(-90)), Places.CarFix(1_100, Now)); // 13 m/s

        var paced = Adaptive(crawling, crawl, calls);
        var dense = Adaptive(driving, drive, calls);

        Assert.Equal(PollReasons.Budget, paced.Reason);
        Assert.True(paced.NextPollAt > Now.AddMinutes(5), $"paced at {paced.NextPollAt - Now}");
        Assert.True(dense.NextPollAt < Now.AddMinutes(1), $"dense at {dense.NextPollAt - Now}");
    }

    [Fact]
    public void Nearer_sessions_get_more_urgent_priorities()
    {
        var (farSession, far) = After(Places.Session(), Places.CarFix(80_000, Now));
        var (nearSession, near) = After(Places.Session(), Places.CarFix(10_000, Now));

        Assert.True(Adaptive(nearSession, near).Priority < Adaptive(farSession, far).Priority);
    }

    [Fact]
    public void A_full_hourly_budget_pushes_the_poll_until_a_call_is_free()
    {
        var (session, outcome) = After(Places.Session(), Places.CarFix(100, Now));
        var calls = Enumerable.Range(0, 20).Select(i => Now.AddMinutes(-50 + i)).ToList();

        var plan = Adaptive(session, outcome, calls);

        Assert.Equal(Now.AddMinutes(10), plan.NextPollAt);
        Assert.Equal(PollReasons.Budget, plan.Reason);
    }

    [Theory]
    [InlineData(CadenceMode.Adaptive)]
    [InlineData(CadenceMode.Fixed60s)]
    public void Retry_after_pushes_the_plan_back(CadenceMode mode)
    {
        var (session, outcome) = After(Places.Session(), Places.CarFix(1_000, Now));

        var plan = PollCadence.Plan(mode, session, outcome, [], Now, Options, TimeSpan.FromMinutes(7));

        Assert.Equal(Now.AddMinutes(7), plan.NextPollAt);
        Assert.Equal(PollReasons.RetryAfter, plan.Reason);
    }

    [Fact]
    public void A_short_retry_after_does_not_pull_a_later_plan_forward()
    {
        var (session, outcome) = After(Places.Session(), Places.CarFix(150_000, Now));

        var plan = Adaptive(session, outcome, retryAfter: TimeSpan.FromSeconds(5));

        Assert.Equal(Now.AddMinutes(30), plan.NextPollAt);
    }

    [Fact]
    public void After_arrival_with_ready_on_arrival_there_is_nothing_to_watch()
    {
        var plan = Adaptive(Places.Session(SessionStatus.Arrived, kitchenFired: true), null);

        Assert.Equal(Now + Options.MaxInterval, plan.NextPollAt);
        Assert.Equal(PollReasons.NothingToWatch, plan.Reason);
    }

    [Fact]
    public void Terminal_sessions_are_inactive()
    {
        Assert.Equal(PollReasons.SessionInactive, Adaptive(Places.Session(SessionStatus.Completed), null).Reason);
    }

    [Fact]
    public void After_arrival_with_ready_after_charge_polls_from_the_charge_forecast()
    {
        var (session, outcome) = After(
            Places.Session(SessionStatus.Arrived, FireTrigger.AfterCharge, targetSoc: 80),
            Places.Battery(40, ChargeState.Charging, Now.AddMinutes(-10)),
            Places.Battery(50, ChargeState.Charging, Now)); // 1 %/min: 30 min to target, heads-up due in 25

        var plan = Adaptive(session, outcome);

        Assert.Equal(Now.AddMinutes(12.5), plan.NextPollAt);
        Assert.Equal(30, plan.Priority);
        Assert.Equal(PollReasons.ChargeForecast, plan.Reason);
    }

    [Fact]
    public void Without_a_charge_rate_it_probes_every_few_minutes()
    {
        var plan = Adaptive(Places.Session(SessionStatus.Arrived, FireTrigger.AfterCharge, targetSoc: 80), null);

        Assert.Equal(Now + Options.ChargeProbeInterval, plan.NextPollAt);
        Assert.Equal(PollReasons.ChargeUnknown, plan.Reason);
    }

    [Fact]
    public void Without_a_rate_the_probe_comes_before_the_fastest_plausible_charge_could_reach_the_heads_up()
    {
        var (session, outcome) = After(
            Places.Session(SessionStatus.Arrived, FireTrigger.AfterCharge, targetSoc: 80),
            Places.Battery(40, ChargeState.NotCharging, Now)); // 40 points at 4 %/min: 10 min; heads-up 5 min before

        var plan = Adaptive(session, outcome);

        Assert.Equal(Now.AddMinutes(4), plan.NextPollAt); // 0.8 × 5 min
        Assert.Equal(10, plan.Priority);
        Assert.Equal(PollReasons.ChargeUnknown, plan.Reason);
    }

    [Fact]
    public void A_charge_near_its_event_is_polled_densely_even_when_the_budget_is_being_paced()
    {
        var (session, outcome) = After(
            Places.Session(SessionStatus.Arrived, FireTrigger.AfterCharge, targetSoc: 80),
            Places.Battery(70, ChargeState.Charging, Now.AddMinutes(-4)),
            Places.Battery(74, ChargeState.Charging, Now)); // 1 %/min: the heads-up is due now
        var calls = Enumerable.Range(1, 16).Select(i => Now.AddMinutes(-i)).ToList(); // 16 of 20: pacing would wait ~10 min

        var plan = Adaptive(session, outcome, calls);

        Assert.Equal(Now + Options.DenseInterval, plan.NextPollAt);
        Assert.Equal(PollReasons.NearChargeEvent, plan.Reason);
    }

    [Fact]
    public void A_charge_that_stopped_below_its_target_is_only_probed_now_and_then()
    {
        var (session, outcome) = After(
            Places.Session(SessionStatus.Arrived, FireTrigger.AfterCharge, targetSoc: 80),
            Places.Battery(70, ChargeState.Charging, Now.AddMinutes(-4)),
            Places.Battery(78, ChargeState.NotCharging, Now)); // the car's own limit, 2 points short

        var plan = Adaptive(session, outcome);

        Assert.Equal(Now + Options.ChargeProbeInterval, plan.NextPollAt);
        Assert.Equal(PollReasons.ChargeUnknown, plan.Reason);
    }
}
