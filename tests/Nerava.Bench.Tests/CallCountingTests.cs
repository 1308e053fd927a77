using Nerava.Arrival.Tracking;
using Nerava.Bench.Tracking;

namespace Nerava.Bench.Tests;

/// <summary>Every policy's requests are counted as Smartcar counts them: each batch item, each v3 request, each retry.</summary>
public class CallCountingTests
{
    private static readonly IReadOnlyList<ChargerSite> Chargers = TripGenerator.LoadChargers();

    private static Trip One(string category, int seed = 7) =>
        TripGenerator.Generate(category, 1, seed, TripBenchSettings.T0, TimeSpan.Zero, Chargers).Single();

    [Theory]
    [InlineData("2.0", true, false, 1)]
    [InlineData("2.0", false, true, 2)] // battery + charge: a batch of two items
    [InlineData("2.0", true, true, 3)]
    [InlineData("3", true, true, 1)]
    [InlineData("3", true, false, 1)]
    public void A_read_costs_each_v2_batch_item_and_one_v3_request(string api, bool position, bool charge, int requests) =>
        Assert.Equal(requests, SmartcarModel.RequestsFor(api == "3" ? ApiVersion.V3 : ApiVersion.V2, position, charge));

    [Fact]
    public void Every_retry_of_the_dotnet_client_is_a_request()
    {
        var failing = new SmartcarModel { ServerErrorShare = 1, TailShare = 0 };
        var s = new SimSession(One(Categories.Urban), PolicyUnderTest.Adaptive, 1);

        new PolicySim(CadenceMode.Adaptive, ApiVersion.V3, CadenceOptions.Default, failing, null).Run([s]);

        // Each poll: the first attempt and its two retries, at distinct times (latency and backoff between them).
        Assert.Equal(3, s.CallLog[0].Calls);
        Assert.Equal(3, s.TrueCalls.Count(c => c < s.CallLog[1].At));
        Assert.Equal(3, s.TrueCalls.Where(c => c < s.CallLog[1].At).Distinct().Count());
    }

    [Fact]
    public void Retries_never_take_a_vehicle_over_20_requests_in_any_hour()
    {
        var flaky = new SmartcarModel { ServerErrorShare = 0.5 };
        foreach (var category in new[] { Categories.BudgetExhausted, Categories.NeighbouringLot, Categories.RacSlow })
        {
            var s = new SimSession(One(category), PolicyUnderTest.AdaptiveV2, 3);

            new PolicySim(CadenceMode.Adaptive, ApiVersion.V2, CadenceOptions.Default, flaky, null).Run([s]);

            Assert.InRange(s.MaxCallsInAnyHour(), 1, 20);
        }
    }

    [Fact]
    public void The_seed_beats_every_60_s_whatever_the_latency_one_request_each()
    {
        var s = new SimSession(One(Categories.Urban), PolicyUnderTest.Seed, 5);

        SeedSim.Run(s, new SmartcarModel());

        Assert.True(s.TrueCalls.Count > 5);
        Assert.All(s.TrueCalls.Zip(s.TrueCalls.Skip(1)), pair => Assert.Equal(TimeSpan.FromSeconds(60), pair.Second - pair.First));
    }

    [Fact]
    public void The_seed_reads_the_battery_too_for_ready_after_charge_and_stops_at_arrival()
    {
        var trip = One(Categories.RacSlow);
        var s = new SimSession(trip, PolicyUnderTest.Seed, 5);

        SeedSim.Run(s, new SmartcarModel { ServerErrorShare = 0 });

        var beats = s.TrueCalls.Count(c => ((c - s.TrueCalls[0]).Ticks % TimeSpan.FromSeconds(60).Ticks) == 0);
        Assert.Equal(2 * beats, s.Calls);
        Assert.NotNull(s.ArrivedAt);
        Assert.DoesNotContain(s.TrueCalls, c => c > s.ArrivedAt!.Value + TimeSpan.FromMinutes(6)); // no polling while charging
        Assert.True(s.FiredAt < trip.ChargeEventAt, "the seed fires the kitchen on arrival, long before the charge target");
    }

    [Fact]
    public void The_seed_arrives_on_one_fix_inside_so_it_fires_for_cars_driving_past()
    {
        var trips = TripGenerator.Generate(Categories.DriveBy, 20, 11, TripBenchSettings.T0, TimeSpan.Zero, Chargers);
        var sessions = trips.Select((t, i) => new SimSession(t, PolicyUnderTest.Seed, i)).ToList();

        sessions.ForEach(s => SeedSim.Run(s, new SmartcarModel { ServerErrorShare = 0 }));

        Assert.All(trips, t => Assert.Null(t.ArrivesAt));
        Assert.Contains(sessions, s => s.FalseArrival);
    }

    [Fact]
    public void A_car_already_at_the_charger_arrives_at_the_session_start_and_a_charge_limit_below_the_target_is_the_event()
    {
        var there = One(Categories.AlreadyThere);
        var limited = One(Categories.RacAboveLimit);

        Assert.Equal(there.SessionStart, there.ArrivesAt);
        Assert.True(limited.ChargeLimit < limited.TargetSoc);
        Assert.Equal(limited.ChargeLimit, limited.SocAt(limited.ChargeEventAt!.Value + TimeSpan.FromMinutes(30)), 3);
    }
}
