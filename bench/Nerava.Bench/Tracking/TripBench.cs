using System.Diagnostics;
using System.Text.Json.Nodes;
using Nerava.Arrival.Tracking;
using static System.FormattableString;

namespace Nerava.Bench.Tracking;

internal sealed record TripBenchSettings(int Trips, int ScarceTrips, int Seed, SmartcarModel Smartcar)
{
    /// <summary>Print the poll-by-poll timeline of this part-1 trip (diagnostics).</summary>
    public int? TraceTrip { get; init; }

    /// <summary>Print the timeline of this trip in the scarce run (diagnostics).</summary>
    public int? TraceScarceTrip { get; init; }

    public static readonly DateTimeOffset T0 = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
}

/// <summary>Part 1 (every trip under Adaptive and Fixed60s, one vehicle at a time) and part 2 (many trips sharing a scarce bucket).</summary>
internal static class TripBench
{
    private const int ScarceCapacity = 60;

    public static (JsonObject Adaptive, JsonObject Fixed, bool Pass) RunTrips(TripBenchSettings settings, TextWriter o)
    {
        var sw = Stopwatch.StartNew();
        var chargers = TripGenerator.LoadChargers();
        var trips = TripGenerator.Generate(settings.Trips, settings.Seed, TripBenchSettings.T0, TimeSpan.FromHours(8), chargers);
        o.WriteLine(Invariant($"== 1. Trips: {trips.Count} trips (seed {settings.Seed}), each under Adaptive and Fixed60s =="));
        o.WriteLine(Invariant($"  road km p50 {Stat.Show(Stat.Percentile(trips.Select(t => t.Route.LengthKm), 50))}, min {trips.Min(t => t.Route.LengthKm):F1}, max {trips.Max(t => t.Route.LengthKm):F1}; drive min p50 {Stat.Show(Stat.Percentile(trips.Select(t => (t.ParkedAt - t.Departure).TotalMinutes), 50))}, max {trips.Max(t => (t.ParkedAt - t.Departure).TotalMinutes):F0}; city {trips.Count(t => t.Mix == "city")}, highway {trips.Count(t => t.Mix == "highway")}, Ready After Charge {trips.Count(t => t.AfterCharge)}"));
        o.WriteLine(Invariant($"  Smartcar: latency {settings.Smartcar.MinLatency.TotalSeconds:F0}-{settings.Smartcar.MaxLatency.TotalSeconds:F0} s uniform, data age 0-{settings.Smartcar.MaxDataAge.TotalSeconds:F0} s, GPS sigma {settings.Smartcar.GpsSigmaM:F0} m, SC-Data-Age = the reading time, SC-Fetched-At = the response time"));

        if (settings.TraceTrip is { } traced && traced < trips.Count)
        {
            var t = trips[traced];
            o.WriteLine(Invariant($"  trace of trip {traced}: {t.Mix}, {t.Route.LengthKm:F1} km, target {t.TargetSoc}, arrival soc {t.ArrivalSoc:F1}, plug-in t+{(t.PlugInAt - t.SessionStart)?.TotalSeconds:F0}, target reached t+{(t.TargetReachedAt - t.SessionStart)?.TotalSeconds:F0}, parked t+{(t.ParkedAt - t.SessionStart).TotalSeconds:F0}"));
            foreach (var mode in new[] { CadenceMode.Adaptive, CadenceMode.Fixed60s })
            {
                var traceSession = Sessions([t], mode, settings);
                new TrackingEngine(CadenceOptions.Default, settings.Smartcar, null, o).Run(traceSession);
            }
        }

        var adaptive = RunEach(trips, CadenceMode.Adaptive, settings);
        var fixedRun = RunEach(trips, CadenceMode.Fixed60s, settings);
        var a = new Summary("adaptive", adaptive);
        var f = new Summary("fixed60s", fixedRun);
        a.Print(o);
        f.Print(o);
        a.PrintBreakdown(o);

        o.WriteLine("  Targets:");
        var ratioP50 = a.CallsP50 / f.CallsP50;
        var ratioMean = a.CallsMean / f.CallsMean;
        var pass = true;
        pass &= Target(o, Invariant($"adaptive calls/trip <= 1/5 of Fixed60s (p50 ratio {ratioP50:F3}, mean ratio {ratioMean:F3})"), ratioP50 <= 0.2 && ratioMean <= 0.2);
        pass &= Target(o, Invariant($"adaptive p95 detection delay <= Fixed60s ({Stat.Show(a.DetectionP95)} s vs {Stat.Show(f.DetectionP95)} s)"), a.DetectionP95 <= f.DetectionP95);
        pass &= Target(o, Invariant($"adaptive 0 false arrivals ({a.FalseArrivals}; fixed60s {f.FalseArrivals})"), a.FalseArrivals == 0);
        pass &= Target(o, Invariant($"adaptive 0 missed arrivals ({a.MissedArrivals}; fixed60s {f.MissedArrivals})"), a.MissedArrivals == 0);
        pass &= Target(o, Invariant($"adaptive 0 budget violations ({a.BudgetViolations}; fixed60s {f.BudgetViolations})"), a.BudgetViolations == 0);
        o.WriteLine(Invariant($"  ({sw.Elapsed.TotalSeconds:F1} s)"));
        o.WriteLine();
        return (a.ToJson(), f.ToJson(), pass);
    }

    public static JsonObject RunScarce(TripBenchSettings settings, TextWriter o)
    {
        var sw = Stopwatch.StartNew();
        var chargers = TripGenerator.LoadChargers();
        var trips = TripGenerator.Generate(settings.ScarceTrips, settings.Seed + 1, TripBenchSettings.T0, TimeSpan.FromHours(1), chargers);
        o.WriteLine(Invariant($"== 2. Scarce budget: {trips.Count} concurrent trips (sessions created over 1 h) sharing one application bucket =="));

        // Unconstrained first, to size the bucket so it binds: refill ≈ half the busiest hour's demand.
        var free = Sessions(trips, CadenceMode.Adaptive, settings);
        new TrackingEngine(CadenceOptions.Default, settings.Smartcar, null).Run(free);
        var peakPerMinute = PeakHourCalls(free.SelectMany(s => s.TrueCalls)) / 60.0;
        var refill = Math.Max(0.5, Math.Round(peakPerMinute * 0.5 * 2, MidpointRounding.AwayFromZero) / 2);
        var bucket = new TokenBucket(ScarceCapacity, refill);
        o.WriteLine(Invariant($"  unconstrained adaptive demand: {free.Sum(s => s.Calls)} calls, busiest hour {peakPerMinute:F1}/min -> bucket capacity {ScarceCapacity}, refill {refill:F1}/min ({100 * refill / peakPerMinute:F0} % of peak demand)"));

        var scarce = Sessions(trips, CadenceMode.Adaptive, settings);
        new TrackingEngine(CadenceOptions.Default, settings.Smartcar, bucket, settings.TraceScarceTrip is null ? null : o, settings.TraceScarceTrip ?? -1).Run(scarce);
        var u = new Summary("adaptive, unconstrained", free);
        var s = new Summary("adaptive, scarce bucket", scarce);
        u.Print(o);
        s.Print(o);
        o.WriteLine(Invariant($"    waits for an app token: {scarce.Sum(x => x.BucketDeferrals)} re-plans; per trip token wait p50 {Stat.Show(Stat.Percentile(scarce.Select(x => x.TokenWait.TotalSeconds), 50))} s, p95 {Stat.Show(Stat.Percentile(scarce.Select(x => x.TokenWait.TotalSeconds), 95))} s, max {Stat.Show(Stat.Max(scarce.Select(x => x.TokenWait.TotalSeconds)))} s"));
        u.PrintBreakdown(o);
        s.PrintBreakdown(o);
        PrintWaitsByBand(scarce, o);

        // What-if: the same bucket with rows claimed by static priority (the order before claim_by), so waiting never ages.
        var edf = Sessions(trips, CadenceMode.Adaptive, settings);
        new TrackingEngine(CadenceOptions.Default, settings.Smartcar, bucket) { StaticPriorityOrdering = true }.Run(edf);
        var e = new Summary("what-if: scarce bucket, claim by static priority", edf);
        o.WriteLine(Invariant($"  [{e.Name}] detection p50 {Stat.Show(e.DetectionP50)} s, p95 {Stat.Show(e.DetectionP95)} s, max {Stat.Show(e.DetectionMax)} s; charge-target p50 {Stat.Show(Stat.Percentile(e.ChargeTarget, 50))} s, p95 {Stat.Show(Stat.Percentile(e.ChargeTarget, 95))} s; missed {e.MissedArrivals}, false {e.FalseArrivals}; calls {edf.Sum(x => x.Calls)}"));
        o.WriteLine(Invariant($"  ({sw.Elapsed.TotalSeconds:F1} s)"));
        o.WriteLine();

        var json = s.ToJson();
        json["bucket_capacity"] = ScarceCapacity;
        json["bucket_refill_per_min"] = refill;
        json["peak_demand_per_min_unconstrained"] = Stat.Json(peakPerMinute);
        json["calls_total"] = scarce.Sum(x => x.Calls);
        json["token_waits"] = scarce.Sum(x => x.BucketDeferrals);
        json["calls_by_band"] = ByBand(scarce);
        json["unconstrained_detection_delay_p95_s"] = Stat.Json(u.DetectionP95);
        json["whatif_static_priority_order_detection_delay_p95_s"] = Stat.Json(e.DetectionP95);
        json["whatif_static_priority_order_missed_arrivals"] = e.MissedArrivals;
        return json;
    }

    private static JsonObject ByBand(IEnumerable<SimSession> sessions)
    {
        var calls = sessions.SelectMany(s => s.CallLog).ToList();
        var json = new JsonObject();
        foreach (var band in Bands.All)
        {
            json[band] = calls.Where(c => c.Band == band).Sum(c => c.Calls);
        }

        return json;
    }

    // Who waited for application tokens, by the distance band when the call finally went out: priority at work.
    private static void PrintWaitsByBand(IReadOnlyList<SimSession> sessions, TextWriter o)
    {
        o.WriteLine("    token waits by distance band (scarce): polls, polls that waited, wait p50 / p95 / max of those that waited");
        var calls = sessions.SelectMany(s => s.CallLog).ToList();
        foreach (var band in Bands.All)
        {
            var polls = calls.Where(c => c.Band == band).ToList();
            var waits = polls.Where(c => c.TokenWait > TimeSpan.Zero).Select(c => c.TokenWait.TotalSeconds).ToList();
            o.WriteLine(Invariant($"      {band,-20} {polls.Count,6} polls, {waits.Count,6} waited, {Stat.Show(Stat.Percentile(waits, 50), "F0"),6} / {Stat.Show(Stat.Percentile(waits, 95), "F0"),6} / {Stat.Show(Stat.Max(waits), "F0"),6} s"));
        }
    }

    private static bool Target(TextWriter o, string what, bool ok)
    {
        o.WriteLine($"    {(ok ? "PASS" : "FAIL")}  {what}");
        return ok;
    }

    private static List<SimSession> Sessions(IEnumerable<Trip> trips, CadenceMode mode, TripBenchSettings settings) =>
        [.. trips.Select(t => new SimSession(t, mode, unchecked((settings.Seed * 1_000_003) + t.Index)))];

    private static List<SimSession> RunEach(IReadOnlyList<Trip> trips, CadenceMode mode, TripBenchSettings settings)
    {
        var sessions = Sessions(trips, mode, settings);
        Parallel.ForEach(sessions, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            s => new TrackingEngine(CadenceOptions.Default, settings.Smartcar, null).Run([s]));
        return sessions;
    }

    private static int PeakHourCalls(IEnumerable<DateTimeOffset> calls)
    {
        var sorted = calls.Order().ToList();
        var max = 0;
        var left = 0;
        for (var right = 0; right < sorted.Count; right++)
        {
            while (sorted[left] <= sorted[right] - TimeSpan.FromHours(1))
            {
                left++;
            }

            max = Math.Max(max, right - left + 1);
        }

        return max;
    }
}
