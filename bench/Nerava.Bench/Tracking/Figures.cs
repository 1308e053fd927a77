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

    public static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? double.NaN : list.Average();
    }

    public static JsonNode? Json(double value, int decimals = 1) => double.IsFinite(value) ? JsonValue.Create(Math.Round(value, decimals)) : null;

    public static string Show(double value, string format = "F1") => double.IsFinite(value) ? value.ToString(format, System.Globalization.CultureInfo.InvariantCulture) : "n/a";
}

/// <summary>The figures of one policy over a set of trips (see bench/README.md for each definition).</summary>
internal sealed class Figures
{
    public Figures(IReadOnlyList<SimSession> sessions)
    {
        Sessions = sessions;
        Calls = [.. sessions.Select(s => (double)s.Calls)];
        Detection = [.. sessions.Select(s => s.DetectionDelay).OfType<TimeSpan>().Select(d => d.TotalSeconds)];
        ChargeTarget = [.. sessions.Select(s => s.ChargeTargetDelay).OfType<TimeSpan>().Select(d => d.TotalSeconds)];
        LeadErrors = [.. sessions.Select(s => s.HeadsUpLeadErrorMinutes).OfType<double>()];
        MaxInHour = [.. sessions.Select(s => s.MaxCallsInAnyHour())];
    }

    public IReadOnlyList<SimSession> Sessions { get; }

    public double[] Calls { get; }

    public double[] Detection { get; }

    public double[] ChargeTarget { get; }

    public double[] LeadErrors { get; }

    public int[] MaxInHour { get; }

    public int Arrivals => Sessions.Count(s => s.Trip.ArrivesAt is not null);

    public int FalseArrivals => Sessions.Count(s => s.FalseArrival);

    public int MissedArrivals => Sessions.Count(s => s.MissedArrival);

    public int BudgetViolations => MaxInHour.Count(m => m > 20);

    public int ChargeFiresMissed => Sessions.Count(s => s.ChargeFireMissed);

    public int ChargeFiresEarly => Sessions.Count(s => s.ChargeTargetDelay < TimeSpan.FromMinutes(-1));

    public double CallsP50 => Stat.Percentile(Calls, 50);

    public double DetectionP95 => Stat.Percentile(Detection, 95);

    public string Line() =>
        Invariant($"calls p50 {Stat.Show(CallsP50),5} p95 {Stat.Show(Stat.Percentile(Calls, 95)),6}; ")
        + Invariant($"detect s p50 {Stat.Show(Stat.Percentile(Detection, 50)),6} p95 {Stat.Show(DetectionP95),6} max {Stat.Show(Stat.Max(Detection)),6}; ")
        + Invariant($"false {FalseArrivals,3} missed {MissedArrivals,3} over-budget {BudgetViolations,4}; ")
        + Invariant($"heads-up err min p50 {Stat.Show(Stat.Percentile(LeadErrors, 50)),4} p95 {Stat.Show(Stat.Percentile(LeadErrors, 95)),5}")
        + (ChargeTarget.Length > 0 || ChargeFiresMissed > 0
            ? Invariant($"; charge s p50 {Stat.Show(Stat.Percentile(ChargeTarget, 50))} p95 {Stat.Show(Stat.Percentile(ChargeTarget, 95))} missed {ChargeFiresMissed} early {ChargeFiresEarly}")
            : "");

    public JsonObject ToJson() => new()
    {
        ["trips"] = Sessions.Count,
        ["arrivals"] = Arrivals,
        ["calls_per_trip_p50"] = Stat.Json(CallsP50),
        ["calls_per_trip_p95"] = Stat.Json(Stat.Percentile(Calls, 95)),
        ["calls_per_trip_mean"] = Stat.Json(Stat.Mean(Calls)),
        ["detection_delay_p50_s"] = Stat.Json(Stat.Percentile(Detection, 50)),
        ["detection_delay_p95_s"] = Stat.Json(DetectionP95),
        ["detection_delay_max_s"] = Stat.Json(Stat.Max(Detection)),
        ["charge_target_delay_p50_s"] = Stat.Json(Stat.Percentile(ChargeTarget, 50)),
        ["charge_target_delay_p95_s"] = Stat.Json(Stat.Percentile(ChargeTarget, 95)),
        ["charge_target_delay_max_s"] = Stat.Json(Stat.Max(ChargeTarget)),
        ["charge_fires_missed"] = ChargeFiresMissed,
        ["charge_fires_early"] = ChargeFiresEarly,
        ["false_arrivals"] = FalseArrivals,
        ["missed_arrivals"] = MissedArrivals,
        ["budget_violations"] = BudgetViolations,
        ["max_calls_in_any_hour"] = MaxInHour.DefaultIfEmpty().Max(),
        ["heads_up_lead_error_p50_min"] = Stat.Json(Stat.Percentile(LeadErrors, 50)),
        ["heads_up_lead_error_p95_min"] = Stat.Json(Stat.Percentile(LeadErrors, 95)),
        ["heads_ups_per_trip_mean"] = Stat.Json(Stat.Mean(Sessions.Select(s => (double)s.HeadsUps)), 2),
    };
}
