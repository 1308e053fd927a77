using Microsoft.Extensions.Time.Testing;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;
using Nerava.Arrival.Tests.TestSupport;
using Nerava.Arrival.Tracking;
using Xunit.Abstractions;

namespace Nerava.Arrival.Tests.Tracking;

/// <summary>A car drives 150 km to the charger (100 km/h, 40 km/h for the last 3 km) while the engine polls on a fake clock.</summary>
public class ApproachSimulationTests(ITestOutputHelper output)
{
    private const double StartM = 150_000;
    private const double CityM = 3_000;
    private const double HighwayMps = 100 / 3.6;
    private const double CityMps = 40 / 3.6;
    private const double ParkedM = 80;

    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public void Adaptive_polls_far_less_than_fixed_and_stays_within_budget()
    {
        var adaptive = Run(CadenceMode.Adaptive);
        var fixedRun = Run(CadenceMode.Fixed60s);

        output.WriteLine(
            $"adaptive: {adaptive.Calls.Count} calls, peak {MaxInAnyHour(adaptive.Calls)}/h, arrived {adaptive.ArrivedAt - EnteredFenceAt} after entry; "
            + $"fixed60s: {fixedRun.Calls.Count} calls, peak {MaxInAnyHour(fixedRun.Calls)}/h, arrived {fixedRun.ArrivedAt - EnteredFenceAt} after entry");
        Assert.NotNull(adaptive.ArrivedAt);
        Assert.NotNull(fixedRun.ArrivedAt);
        Assert.True(adaptive.Calls.Count * 5 < fixedRun.Calls.Count, $"adaptive {adaptive.Calls.Count} vs fixed {fixedRun.Calls.Count} calls");
        Assert.True(MaxInAnyHour(adaptive.Calls) <= 20, $"adaptive peak {MaxInAnyHour(adaptive.Calls)} calls/h");
        Assert.True(MaxInAnyHour(fixedRun.Calls) > 20); // the seed's policy breaks Smartcar's guidance
    }

    [Fact]
    public void Adaptive_detects_arrival_promptly_and_sends_the_heads_up_before_it()
    {
        var run = Run(CadenceMode.Adaptive);

        Assert.InRange((run.ArrivedAt!.Value - EnteredFenceAt).TotalMinutes, 0, 2);
        output.WriteLine($"heads-up {EnteredFenceAt - run.HeadsUpAt} before entry; poll times: {string.Join(", ", run.Calls.Select(c => (c - Places.T0).TotalMinutes.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))}");
        Assert.NotNull(run.HeadsUpAt);
        var leadMinutes = (EnteredFenceAt - run.HeadsUpAt!.Value).TotalMinutes;
        Assert.InRange(leadMinutes, 3, 8);
    }

    [Fact]
    public void A_car_waiting_just_outside_the_fence_for_hours_never_exceeds_the_budget()
    {
        var run = Run(CadenceMode.Adaptive, _ => 700);

        Assert.Null(run.ArrivedAt);
        // Dense polling, paced once half the budget is spent, never above it.
        Assert.InRange(MaxInAnyHour(run.Calls), 15, 20);
        Assert.True(run.Calls.Count >= 55, $"{run.Calls.Count} calls in 3 h");
    }

    [Fact]
    public void A_car_parked_nearby_before_leaving_still_finds_budget_to_be_caught_arriving()
    {
        // Parked 4.5 km out for 30 minutes (the driver ordered before leaving), then a 10 m/s city drive in.
        var leaves = TimeSpan.FromMinutes(30);
        double Distance(TimeSpan t) => t < leaves ? 4_500 : Math.Max(0, 4_500 - ((t - leaves).TotalSeconds * 10));
        var entered = leaves + TimeSpan.FromSeconds((4_500 - ArrivalRules.ArrivalRadiusMeters) / 10);

        var run = Run(CadenceMode.Adaptive, Distance);

        Assert.NotNull(run.ArrivedAt);
        Assert.InRange((run.ArrivedAt!.Value - (Places.T0 + entered)).TotalMinutes, 0, 5);
        Assert.InRange(MaxInAnyHour(run.Calls), 1, 20);
    }

    private static DateTimeOffset EnteredFenceAt =>
        Places.T0.AddSeconds(((StartM - CityM) / HighwayMps) + ((CityM - ArrivalRules.ArrivalRadiusMeters) / CityMps));

    private static double DistanceAt(TimeSpan elapsed)
    {
        var s = elapsed.TotalSeconds;
        var highwayEnd = (StartM - CityM) / HighwayMps;
        return s <= highwayEnd
            ? StartM - (s * HighwayMps)
            : Math.Max(ParkedM, CityM - ((s - highwayEnd) * CityMps));
    }

    private static SimulationResult Run(CadenceMode mode, Func<TimeSpan, double>? distanceAt = null)
    {
        distanceAt ??= DistanceAt;
        var clock = new FakeTimeProvider(Places.T0);
        var driver = new SessionDriver(Places.Session());
        var calls = new List<DateTimeOffset>();
        DateTimeOffset? headsUpAt = null;
        PolicyOutcome? outcome = null;

        while (clock.GetUtcNow() < Places.T0.AddHours(3) && driver.Session.Status == SessionStatus.AwaitingArrival)
        {
            var now = clock.GetUtcNow();
            calls.Add(now); // A position read: one request on v2.0 and v3.
            outcome = driver.Feed(Places.CarFix(distanceAt(now - Places.T0), now, bearing: 30));
            headsUpAt ??= outcome.Decisions.OfType<SendHeadsUp>().Any() ? now : null;
            if (driver.Session.Status == SessionStatus.Arrived)
            {
                return new SimulationResult(calls, now, headsUpAt);
            }

            var recent = calls.Where(c => c > now - Hour).ToList();
            var plan = PollCadence.Plan(mode, driver.Session, outcome, recent, now, CadenceOptions.Default);
            clock.Advance(plan.NextPollAt - now);
        }

        return new SimulationResult(calls, null, headsUpAt);
    }

    private static int MaxInAnyHour(List<DateTimeOffset> calls) =>
        calls.Max(end => calls.Count(c => c > end - Hour && c <= end));

    private sealed record SimulationResult(List<DateTimeOffset> Calls, DateTimeOffset? ArrivedAt, DateTimeOffset? HeadsUpAt);
}
