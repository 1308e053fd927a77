using System.Text.Json.Nodes;
using static System.FormattableString;

namespace Nerava.Bench.Tracking;

internal static class Stat
{
    /// <summary>Linear-interpolated percentile (p in 0–100); NaN for an empty list.</summary>
    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = p / 100 * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }

    public static double Max(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? double.NaN : list.Max();
    }

    public static JsonNode? Json(double value, int decimals = 1) => double.IsFinite(value) ? JsonValue.Create(Math.Round(value, decimals)) : null;

    public static string Show(double value, string format = "F1") => double.IsFinite(value) ? value.ToString(format, System.Globalization.CultureInfo.InvariantCulture) : "n/a";
}

/// <summary>The figures of one policy over a set of trips.</summary>
internal sealed class Summary
{
    public Summary(string name, IReadOnlyList<SimSession> sessions)
    {
        Name = name;
        Sessions = sessions;
        Calls = [.. sessions.Select(s => (double)s.Calls)];
        Detection = [.. sessions.Select(s => s.DetectionDelay).OfType<TimeSpan>().Select(d => d.TotalSeconds)];
        ChargeTarget = [.. sessions.Select(s => s.ChargeTargetDelay).OfType<TimeSpan>().Select(d => d.TotalSeconds)];
        FalseArrivals = sessions.Count(s => s.FalseArrival);
        MissedArrivals = sessions.Count(s => s.MissedArrival);
        MissedChargeFires = sessions.Count(s => s.Trip.AfterCharge && !s.MissedArrival && s.FiredAt is null);
        MaxInHour = [.. sessions.Select(s => s.MaxCallsInAnyHour())];
        BudgetViolations = MaxInHour.Count(m => m > 20);
    }

    public string Name { get; }

    public IReadOnlyList<SimSession> Sessions { get; }

    public double[] Calls { get; }

    public double[] Detection { get; }

    public double[] ChargeTarget { get; }

    public int[] MaxInHour { get; }

    public int FalseArrivals { get; }

    public int MissedArrivals { get; }

    public int MissedChargeFires { get; }

    public int BudgetViolations { get; }

    public double CallsP50 => Stat.Percentile(Calls, 50);

    public double CallsP95 => Stat.Percentile(Calls, 95);

    public double CallsMean => Calls.Length == 0 ? double.NaN : Calls.Average();

    public double DetectionP50 => Stat.Percentile(Detection, 50);

    public double DetectionP95 => Stat.Percentile(Detection, 95);

    public double DetectionMax => Stat.Max(Detection);

    public void Print(TextWriter o)
    {
        o.WriteLine(Invariant($"  [{Name}] {Sessions.Count} trips ({Sessions.Count(s => s.Trip.AfterCharge)} Ready After Charge)"));
        o.WriteLine(Invariant($"    calls/trip         p50 {Stat.Show(CallsP50)}  p95 {Stat.Show(CallsP95)}  max {Stat.Show(Stat.Max(Calls), "F0")}  mean {Stat.Show(CallsMean)}  total {Calls.Sum():F0}"));
        foreach (var mix in new[] { "city", "highway" })
        {
            var subset = Sessions.Where(s => s.Trip.Mix == mix).ToList();
            o.WriteLine(Invariant($"      {mix,-8} {subset.Count,5} trips, {Stat.Show(subset.Select(s => s.Trip.Route.LengthKm).DefaultIfEmpty(double.NaN).Average(), "F0")} km avg: calls p50 {Stat.Show(Stat.Percentile(subset.Select(s => (double)s.Calls), 50))}, detection p95 {Stat.Show(Stat.Percentile(subset.Select(s => s.DetectionDelay).OfType<TimeSpan>().Select(d => d.TotalSeconds), 95))} s"));
        }

        o.WriteLine(Invariant($"    detection delay s  p50 {Stat.Show(DetectionP50)}  p95 {Stat.Show(DetectionP95)}  max {Stat.Show(DetectionMax)}  (arrival decision − true geofence entry, {Detection.Length} trips)"));
        o.WriteLine(Invariant($"    charge-target s    p50 {Stat.Show(Stat.Percentile(ChargeTarget, 50))}  p95 {Stat.Show(Stat.Percentile(ChargeTarget, 95))}  max {Stat.Show(Stat.Max(ChargeTarget))}  (kitchen fire − true target time, {ChargeTarget.Length} trips)"));
        var leads = Sessions.Where(s => !s.Trip.AfterCharge && s.HeadsUpAt is not null).Select(s => (s.Trip.GeofenceEntry - s.HeadsUpAt!.Value).TotalMinutes).ToList();
        o.WriteLine(Invariant($"    ETA heads-up       sent on {leads.Count}/{Sessions.Count(s => !s.Trip.AfterCharge)} Ready on Arrival trips, lead before entry p50 {Stat.Show(Stat.Percentile(leads, 50))} min, p5 {Stat.Show(Stat.Percentile(leads, 5))} min"));
        o.WriteLine(Invariant($"    false arrivals {FalseArrivals}, missed arrivals {MissedArrivals}, after-charge fires missed {MissedChargeFires}"));
        o.WriteLine(Invariant($"    calls in any rolling hour: max {MaxInHour.DefaultIfEmpty().Max()}, p95 {Stat.Show(Stat.Percentile(MaxInHour.Select(m => (double)m), 95), "F0")}; budget violations (>20/h) {BudgetViolations} trips"));
        var worstDetection = Sessions.Where(s => s.DetectionDelay is not null).OrderByDescending(s => s.DetectionDelay).Take(3)
            .Select(s => Invariant($"#{s.Trip.Index} {s.DetectionDelay!.Value.TotalSeconds:F0} s"));
        var worstCharge = Sessions.Where(s => s.ChargeTargetDelay is not null).OrderByDescending(s => s.ChargeTargetDelay).Take(3)
            .Select(s => Invariant($"#{s.Trip.Index} {s.ChargeTargetDelay!.Value.TotalSeconds:F0} s"));
        var missed = Sessions.Where(s => s.MissedArrival).Select(s => Invariant($"#{s.Trip.Index}")).Take(10);
        o.WriteLine($"    worst trips: detection {string.Join(", ", worstDetection)}; charge-target {string.Join(", ", worstCharge)}; missed [{string.Join(", ", missed)}]");
        var deferred = Sessions.Sum(s => s.BudgetDeferrals);
        if (deferred > 0)
        {
            o.WriteLine(Invariant($"    polls pushed by the per-vehicle budget in TrackBatch: {deferred}"));
        }
    }

    public void PrintBreakdown(TextWriter o)
    {
        var calls = Sessions.SelectMany(s => s.CallLog).ToList();
        var total = Math.Max(1, calls.Sum(c => c.Calls));
        o.WriteLine(Invariant($"    calls by reason ({Name}):"));
        foreach (var g in calls.GroupBy(c => c.Reason).OrderByDescending(g => g.Sum(c => c.Calls)))
        {
            o.WriteLine(Invariant($"      {g.Key,-20} {g.Sum(c => c.Calls),8}  {100.0 * g.Sum(c => c.Calls) / total,5:F1} %"));
        }

        o.WriteLine(Invariant($"    calls by distance band ({Name}):"));
        foreach (var band in Bands.All)
        {
            var n = calls.Where(c => c.Band == band).Sum(c => c.Calls);
            o.WriteLine(Invariant($"      {band,-20} {n,8}  {100.0 * n / total,5:F1} %"));
        }
    }

    public JsonObject ToJson() => new()
    {
        ["trips"] = Sessions.Count,
        ["calls_per_trip_p50"] = Stat.Json(CallsP50),
        ["calls_per_trip_p95"] = Stat.Json(CallsP95),
        ["calls_per_trip_mean"] = Stat.Json(CallsMean),
        ["detection_delay_p50_s"] = Stat.Json(DetectionP50),
        ["detection_delay_p95_s"] = Stat.Json(DetectionP95),
        ["detection_delay_max_s"] = Stat.Json(DetectionMax),
        ["charge_target_delay_p50_s"] = Stat.Json(Stat.Percentile(ChargeTarget, 50)),
        ["charge_target_delay_p95_s"] = Stat.Json(Stat.Percentile(ChargeTarget, 95)),
        ["false_arrivals"] = FalseArrivals,
        ["missed_arrivals"] = MissedArrivals,
        ["budget_violations"] = BudgetViolations,
        ["max_calls_in_any_hour"] = MaxInHour.DefaultIfEmpty().Max(),
    };
}
