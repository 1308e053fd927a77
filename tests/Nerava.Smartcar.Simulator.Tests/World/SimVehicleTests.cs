using Microsoft.Extensions.Time.Testing;
using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.Tests.World;

public sealed class SimVehicleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly GeoPoint Start = new(52.3676, 4.9041);
    private static readonly GeoPoint Destination = new(52.0907, 5.1214);

    [Fact]
    public void A_trip_moves_the_vehicle_uses_energy_and_stops_at_the_destination()
    {
        var vehicle = NewVehicle(soc: 80);
        var route = vehicle.StartTrip(Destination, new RouteProfile(), seed: 1, T0);

        var midway = vehicle.SnapshotAt(T0 + (route.Duration / 2));
        var done = vehicle.SnapshotAt(T0 + route.Duration + TimeSpan.FromMinutes(30));

        Assert.True(midway.Moving);
        Assert.False(midway.Arrived);
        Assert.InRange(midway.TripDistanceKm, route.LengthKm * 0.3, route.LengthKm * 0.7);
        Assert.True(midway.SocPercent < 80);
        Assert.True(done.Arrived);
        Assert.False(done.Moving);
        Assert.Equal(Destination, done.Position);
        Assert.Equal(80 - (route.LengthKm * 0.18 / 75 * 100), done.SocPercent, 6);
    }

    [Fact]
    public void State_is_a_pure_function_of_time()
    {
        var vehicle = NewVehicle(soc: 60);
        vehicle.StartTrip(Destination, new RouteProfile(), seed: 9, T0);
        var at = T0 + TimeSpan.FromMinutes(17);

        var first = vehicle.SnapshotAt(at);
        _ = vehicle.SnapshotAt(T0 + TimeSpan.FromHours(2));
        var again = vehicle.SnapshotAt(at);

        Assert.Equal(first, again);
    }

    [Fact]
    public void Soc_rises_only_while_plugged_in_and_stops_at_the_target()
    {
        var vehicle = NewVehicle(soc: 30);
        var idle = vehicle.SnapshotAt(T0 + TimeSpan.FromHours(1));
        vehicle.SetPluggedIn(true, targetPercent: 75, new ChargeCurve(), T0 + TimeSpan.FromHours(1));

        var charging = vehicle.SnapshotAt(T0 + TimeSpan.FromHours(1) + TimeSpan.FromMinutes(5));
        var full = vehicle.SnapshotAt(T0 + TimeSpan.FromHours(3));
        vehicle.SetPluggedIn(false, null, new ChargeCurve(), T0 + TimeSpan.FromHours(3));
        var unplugged = vehicle.SnapshotAt(T0 + TimeSpan.FromHours(5));

        Assert.Equal(30, idle.SocPercent);
        Assert.Equal(ChargingState.Charging, charging.ChargingState);
        Assert.Equal(30 + 16.67, charging.SocPercent, 2);
        Assert.Equal(ChargingState.FullyCharged, full.ChargingState);
        Assert.Equal(75, full.SocPercent, 6);
        Assert.Equal(ChargingState.NotCharging, unplugged.ChargingState);
        Assert.Equal(75, unplugged.SocPercent, 6);
    }

    [Fact]
    public void The_charge_limit_caps_the_target_and_reports_fully_charged()
    {
        var vehicle = NewVehicle(soc: 50);
        vehicle.SetChargeLimit(70, T0);
        vehicle.SetPluggedIn(true, targetPercent: null, new ChargeCurve(), T0);

        var later = vehicle.SnapshotAt(T0 + TimeSpan.FromHours(2));

        Assert.Equal(70, later.SocPercent, 6);
        Assert.Equal(ChargingState.FullyCharged, later.ChargingState);
    }

    [Fact]
    public void Sim_clock_replays_an_hour_in_a_second_at_scale_3600()
    {
        var time = new FakeTimeProvider(T0);
        var clock = new SimClock(time, timeScale: 3600);

        time.Advance(TimeSpan.FromSeconds(1));
        var afterOneSecond = clock.Now;
        clock.SetTimeScale(1);
        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(T0 + TimeSpan.FromHours(1), afterOneSecond);
        Assert.Equal(T0 + TimeSpan.FromHours(1) + TimeSpan.FromSeconds(10), clock.Now);
    }

    private static SimVehicle NewVehicle(double soc) =>
        new("v-test", new VehicleSpec { Position = Start, SocPercent = soc, BatteryKwh = 75, ConsumptionKwhPerKm = 0.18 }, "5YJ3E1EA0000TEST1", T0);
}
