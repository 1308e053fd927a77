using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;
using Nerava.Arrival.Tests.TestSupport;

namespace Nerava.Arrival.Tests.Policy;

public class ArrivalPolicyPropertyTests
{
    [Property(MaxTest = 200, Arbitrary = [typeof(SignalArbitraries)])]
    public bool Signals_outside_the_geofence_never_arrive_nor_fire(OutsideSignals signals, FireTrigger trigger)
    {
        var driver = new SessionDriver(Places.Session(trigger: trigger, targetSoc: 80));
        foreach (var signal in signals.Items)
        {
            driver.Feed(signal);
        }

        return !driver.AllDecisions.Any(d => d is MarkArrived or FireKitchen)
            && driver.Session.Status == SessionStatus.AwaitingArrival;
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(SignalArbitraries)])]
    public bool FireKitchen_never_comes_before_or_without_MarkArrived(AnySignals signals, FireTrigger trigger)
    {
        var driver = new SessionDriver(Places.Session(trigger: trigger, targetSoc: 70));
        var arrived = false;
        foreach (var signal in signals.Items)
        {
            var decisions = driver.Feed(signal).Decisions;
            var arrivalIndex = decisions.ToList().FindIndex(d => d is MarkArrived);
            var fireIndex = decisions.ToList().FindIndex(d => d is FireKitchen);
            if (fireIndex >= 0 && !arrived && (arrivalIndex < 0 || arrivalIndex > fireIndex))
            {
                return false;
            }

            arrived |= arrivalIndex >= 0;
        }

        return driver.AllDecisions.OfType<FireKitchen>().Count() <= 1 && driver.AllDecisions.OfType<MarkArrived>().Count() <= 1;
    }
}

/// <summary>Signals that are all clearly outside the fence: telematics fixes, check-ins and charge readings (even full ones).</summary>
public sealed record OutsideSignals(IReadOnlyList<Signal> Items);

/// <summary>Any mix of signals from every source, near and far, in time order with occasional out-of-order fixes.</summary>
public sealed record AnySignals(IReadOnlyList<Signal> Items);

public static class SignalArbitraries
{
    public static Arbitrary<OutsideSignals> Outside() =>
        Arb.From(SignalsGen(Gen.Choose(300, 60_000), includeCharger: false).Select(items => new OutsideSignals(items)));

    public static Arbitrary<AnySignals> Any() =>
        Arb.From(SignalsGen(Gen.Choose(0, 5_000), includeCharger: true).Select(items => new AnySignals(items)));

    private static Gen<IReadOnlyList<Signal>> SignalsGen(Gen<int> meters, bool includeCharger)
    {
        var sources = includeCharger
            ? Gen.Elements(SignalSource.Smartcar, SignalSource.SmartcarWebhook, SignalSource.Manual, SignalSource.PhoneGeofence, SignalSource.Charger)
            : Gen.Elements(SignalSource.Smartcar, SignalSource.SmartcarWebhook, SignalSource.Manual, SignalSource.PhoneGeofence);
        var step =
            from source in sources
            from distance in meters
            from bearing in Gen.Choose(0, 359)
            from accuracy in Gen.Elements<double?>(null, 5, 30, 120)
            from seconds in Gen.Choose(-30, 300)
            from soc in Gen.Choose(10, 100)
            from state in Gen.Elements(ChargeState.Charging, ChargeState.FullyCharged, ChargeState.NotCharging)
            select (source, distance, bearing, accuracy, seconds, soc, state);

        return Gen.ListOf(step).Select(steps =>
        {
            var at = Places.T0;
            var signals = new List<Signal>();
            foreach (var (source, distance, bearing, accuracy, seconds, soc, state) in steps)
            {
                at = at.AddSeconds(seconds); // negative steps produce out-of-order fixes
                var fix = new PositionFix(Places.FromCharger(distance + (accuracy ?? 0), bearing), accuracy, at);
                var charge = new ChargeReading(soc, state, true, at);
                signals.Add(source == SignalSource.Charger
                    ? new Signal(source, at, Charge: charge)
                    : new Signal(source, at, fix, charge));
            }

            return (IReadOnlyList<Signal>)signals;
        });
    }
}
