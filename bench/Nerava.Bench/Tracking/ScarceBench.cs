using System.Diagnostics;
using System.Text.Json.Nodes;
using Nerava.Arrival.Tracking;
using static System.FormattableString;

namespace Nerava.Bench.Tracking;

/// <summary>
/// Part 2: many trips sharing one scarce application bucket (adaptive, v3): the bucket refills at half the busiest hour's
/// unconstrained demand, and claim_by order decides who waits. A what-if claims by static priority instead.
/// </summary>
internal static class ScarceBench
{
    private const int Capacity = 60;

    public static JsonObject Run(TripBenchSettings settings, TextWriter o)
    {
        var sw = Stopwatch.StartNew();
        var trips = TripGenerator.Mixed(settings.ScarceTrips, settings.BaseSeed + 1000, TripBenchSettings.T0, TimeSpan.FromHours(1), TripGenerator.LoadChargers());
        o.WriteLine(Invariant($"== 2. Scarce budget: {trips.Count} concurrent trips (urban/highway, 30 % Ready After Charge; created over 1 h) sharing one application bucket =="));
        var m = settings.Smartcar;

        var free = Sessions(trips, settings);
        Sim(m, null).Run(free);
        var peakPerMinute = SimSession.MaxInAnyHour(free.SelectMany(s => s.TrueCalls)) / 60.0;
        var refill = Math.Max(0.5, Math.Round(peakPerMinute * 0.5 * 2, MidpointRounding.AwayFromZero) / 2);
        var bucket = new TokenBucket(Capacity, refill);
        o.WriteLine(Invariant($"  unconstrained demand: {free.Sum(s => s.Calls)} requests, busiest hour {peakPerMinute:F1}/min -> bucket {Capacity}, refill {refill:F1}/min ({100 * refill / peakPerMinute:F0} % of peak)"));

        var scarce = Sessions(trips, settings);
        Sim(m, bucket).Run(scarce);
        var whatIf = Sessions(trips, settings);
        new PolicySim(CadenceMode.Adaptive, ApiVersion.V3, CadenceOptions.Default, m, bucket) { StaticPriorityOrdering = true }.Run(whatIf);
        var (u, s, e) = (new Figures(free), new Figures(scarce), new Figures(whatIf));
        o.WriteLine($"  unconstrained:               {u.Line()}");
        o.WriteLine($"  scarce, claim_by order:      {s.Line()}");
        o.WriteLine($"  scarce, static priority:     {e.Line()}");
        o.WriteLine(Invariant($"  token waits: {scarce.Sum(x => x.BucketDeferrals)} re-plans; per trip wait p50 {Stat.Show(Stat.Percentile(scarce.Select(x => x.TokenWait.TotalSeconds), 50))} s, p95 {Stat.Show(Stat.Percentile(scarce.Select(x => x.TokenWait.TotalSeconds), 95))} s"));
        o.WriteLine(Invariant($"  ({sw.Elapsed.TotalSeconds:F1} s)"));
        o.WriteLine();

        var json = s.ToJson();
        json["bucket_capacity"] = Capacity;
        json["bucket_refill_per_min"] = refill;
        json["peak_demand_per_min_unconstrained"] = Stat.Json(peakPerMinute);
        json["calls_total"] = scarce.Sum(x => x.Calls);
        json["token_waits"] = scarce.Sum(x => x.BucketDeferrals);
        json["unconstrained_detection_delay_p95_s"] = Stat.Json(u.DetectionP95);
        json["whatif_static_priority_order_detection_delay_p95_s"] = Stat.Json(e.DetectionP95);
        json["whatif_static_priority_order_missed_arrivals"] = e.MissedArrivals;
        return json;
    }

    private static PolicySim Sim(SmartcarModel m, TokenBucket? bucket) => new(CadenceMode.Adaptive, ApiVersion.V3, CadenceOptions.Default, m, bucket);

    private static List<SimSession> Sessions(IEnumerable<Trip> trips, TripBenchSettings settings) =>
        [.. trips.Select(t => new SimSession(t, PolicyUnderTest.Adaptive, unchecked((settings.BaseSeed * 1_000_003) + t.Index)))];
}
