using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;
using Nerava.Arrival.Tests.TestSupport;

namespace Nerava.Arrival.Tests.Policy;

public class ReadyAfterChargeTests
{
    private static readonly ArrivalPolicyOptions Options = ArrivalPolicyOptions.Default;

    private static DateTimeOffset Minute(double n) => Places.T0.AddMinutes(n);

    private static Signal WithLimit(Signal signal, double limit) => signal with { Charge = signal.Charge! with { LimitPercent = limit } };

    [Fact]
    public void Arrival_alone_does_not_fire_an_after_charge_session()
    {
        var outcome = ArrivalPolicy.Evaluate(
            Places.Session(trigger: FireTrigger.AfterCharge, targetSoc: 80), Places.CheckIn(50, 10, Minute(0)), Options);

        Assert.IsType<MarkArrived>(Assert.Single(outcome.Decisions));
    }

    [Fact]
    public void Target_reached_before_arrival_waits_for_arrival()
    {
        var session = Places.Session(trigger: FireTrigger.AfterCharge, targetSoc: 80);

        var outcome = ArrivalPolicy.Evaluate(session, Places.Battery(85, ChargeState.Charging, Minute(0)), Options);

        Assert.Empty(outcome.Decisions);
    }

    [Fact]
    public void After_arrival_reaching_the_target_fires_once()
    {
        var driver = new SessionDriver(Places.Session(SessionStatus.Arrived, FireTrigger.AfterCharge, targetSoc: 80));
        driver.Feed(Places.Battery(60, ChargeState.Charging, Minute(0)));
        driver.Feed(Places.Battery(79, ChargeState.Charging, Minute(20)));
        var reached = driver.Feed(Places.Battery(80, ChargeState.Charging, Minute(21)));
        driver.Feed(Places.Battery(82, ChargeState.Charging, Minute(23)));

        Assert.Contains(new FireKitchen(FireReason.ChargeTargetReached), reached.Decisions);
        Assert.Single(driver.AllDecisions.OfType<FireKitchen>());
    }

    [Fact]
    public void Fully_charged_below_the_target_fires_as_charge_complete()
    {
        var session = Places.Session(SessionStatus.MerchantNotified, FireTrigger.AfterCharge, targetSoc: 90);

        var outcome = ArrivalPolicy.Evaluate(session, Places.Battery(80, ChargeState.FullyCharged, Minute(0)), Options);

        Assert.Equal([new FireKitchen(FireReason.ChargeComplete)], outcome.Decisions);
    }

    [Fact]
    public void A_target_above_the_cars_limit_fires_at_the_limit_even_while_the_car_still_says_charging()
    {
        var session = Places.Session(SessionStatus.Arrived, FireTrigger.AfterCharge, targetSoc: 90);
        var below = WithLimit(Places.Battery(73, ChargeState.Charging, Minute(0)), 75);
        var atLimit = WithLimit(Places.Battery(74.8, ChargeState.Charging, Minute(2)), 75);

        var early = ArrivalPolicy.Evaluate(session, below, Options);
        var fired = ArrivalPolicy.Evaluate(session with { Memory = early.Memory }, atLimit, Options);

        Assert.DoesNotContain(early.Decisions, d => d is FireKitchen);
        Assert.Contains(new FireKitchen(FireReason.ChargeComplete), fired.Decisions);
    }

    [Fact]
    public void A_target_below_the_limit_still_waits_for_the_target()
    {
        var session = Places.Session(SessionStatus.Arrived, FireTrigger.AfterCharge, targetSoc: 70);

        var outcome = ArrivalPolicy.Evaluate(session, WithLimit(Places.Battery(65, ChargeState.Charging, Minute(0)), 90), Options);

        Assert.DoesNotContain(outcome.Decisions, d => d is FireKitchen);
    }

    [Fact]
    public void Without_a_target_only_charge_complete_fires()
    {
        var session = Places.Session(SessionStatus.Arrived, FireTrigger.AfterCharge, targetSoc: null);

        Assert.Empty(ArrivalPolicy.Evaluate(session, Places.Battery(99, ChargeState.Charging, Minute(0)), Options).Decisions);
        Assert.Equal(
            [new FireKitchen(FireReason.ChargeComplete)],
            ArrivalPolicy.Evaluate(session, Places.Battery(100, ChargeState.FullyCharged, Minute(1)), Options).Decisions);
    }

    [Fact]
    public void Arriving_with_the_target_already_reached_fires_with_the_arrival()
    {
        var memory = TrackingMemory.Empty with { RecentCharge = [new ChargeReading(85, ChargeState.NotCharging, false, Minute(-2))] };
        var session = Places.Session(trigger: FireTrigger.AfterCharge, targetSoc: 80, memory: memory);

        var outcome = ArrivalPolicy.Evaluate(session, new Signal(SignalSource.Charger, Minute(0)), Options);

        Assert.Equal([new MarkArrived(SignalSource.Charger, null), new FireKitchen(FireReason.ChargeTargetReached)], outcome.Decisions);
    }

    [Fact]
    public void A_stale_reading_does_not_fire()
    {
        var memory = TrackingMemory.Empty with { RecentCharge = [new ChargeReading(85, ChargeState.Charging, true, Minute(-60))] };
        var session = Places.Session(trigger: FireTrigger.AfterCharge, targetSoc: 80, memory: memory);

        var outcome = ArrivalPolicy.Evaluate(session, new Signal(SignalSource.Charger, Minute(0)), Options);

        Assert.DoesNotContain(outcome.Decisions, d => d is FireKitchen);
    }

    [Fact]
    public void Already_fired_sessions_do_not_fire_again()
    {
        var session = Places.Session(SessionStatus.Arrived, FireTrigger.AfterCharge, targetSoc: 80, kitchenFired: true);

        Assert.Empty(ArrivalPolicy.Evaluate(session, Places.Battery(95, ChargeState.FullyCharged, Minute(0)), Options).Decisions);
    }

    [Fact]
    public void Charge_heads_up_goes_out_once_when_the_forecast_is_within_prep_time()
    {
        var driver = new SessionDriver(Places.Session(SessionStatus.Arrived, FireTrigger.AfterCharge, targetSoc: 80));
        driver.Feed(Places.Battery(50, ChargeState.Charging, Minute(0)));
        var far = driver.Feed(Places.Battery(60, ChargeState.Charging, Minute(10))); // 1 %/min → 20 min to go
        var near = driver.Feed(Places.Battery(76, ChargeState.Charging, Minute(26))); // 4 min to go
        driver.Feed(Places.Battery(78, ChargeState.Charging, Minute(28)));

        Assert.Equal(20, far.MinutesToChargeTarget!.Value, 0.01);
        Assert.DoesNotContain(far.Decisions, d => d is SendChargeHeadsUp);
        Assert.Equal(4, Assert.IsType<SendChargeHeadsUp>(Assert.Single(near.Decisions)).MinutesToTarget, 0.01);
        Assert.Single(driver.AllDecisions.OfType<SendChargeHeadsUp>());
        Assert.Empty(driver.AllDecisions.OfType<FireKitchen>());
    }

    [Fact]
    public void On_arrival_sessions_ignore_charge_for_firing()
    {
        var session = Places.Session(SessionStatus.Arrived, FireTrigger.OnArrival);

        Assert.Empty(ArrivalPolicy.Evaluate(session, Places.Battery(100, ChargeState.FullyCharged, Minute(0)), Options).Decisions);
    }
}
