using System.Diagnostics;
using System.Text.Json.Nodes;
using Nerava.Arrival.Tracking;
using static System.FormattableString;

namespace Nerava.Bench.Tracking;

internal sealed record TripBenchSettings(int TripsPerCategory, int ScarceTrips, int Seeds, int BaseSeed, SmartcarModel Smartcar)
{
    /// <summary>Print the poll-by-poll timeline of this trip (its index in the run) under every policy (diagnostics).</summary>
    public int? TraceTrip { get; init; }

    public static readonly DateTimeOffset T0 = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
}

/// <summary>A tracking policy under test and how one session is simulated under it.</summary>
internal sealed record PolicyUnderTest(string Name, string What, Action<SimSession, SmartcarModel, TextWriter?> Run)
{
    public const string Seed = "SeedFixed60s";
    public const string Adaptive = "adaptive";
    public const string AdaptiveV2 = "adaptive_v2";
    public const string Fixed60s = "fixed60s";

    public static IReadOnlyList<PolicyUnderTest> All { get; } =
    [
        new(Seed, "the seed's job: 60 s beat, location (+ battery for Ready After Charge), first fix within 250 m arrives",
            (s, m, _) => SeedSim.Run(s, m)),
        new(Adaptive, "the API's adaptive cadence, Smartcar v3 (the default)",
            (s, m, t) => new PolicySim(CadenceMode.Adaptive, ApiVersion.V3, CadenceOptions.Default, m, null, t, s.Trip.Index).Run([s])),
        new(AdaptiveV2, "the API's adaptive cadence, Smartcar v2.0 (batch items billed one each)",
            (s, m, t) => new PolicySim(CadenceMode.Adaptive, ApiVersion.V2, CadenceOptions.Default, m, null, t, s.Trip.Index).Run([s])),
        new(Fixed60s, "the API's Tracking:Cadence=Fixed60s mode (60 s after each answer, the product's arrival rules), v3",
            (s, m, t) => new PolicySim(CadenceMode.Fixed60s, ApiVersion.V3, CadenceOptions.Default, m, null, t, s.Trip.Index).Run([s])),
    ];
}

/// <summary>Part 1: every hard-trip category over several seeds, each trip alone under every policy; the goals are checked here.</summary>
internal static class TripBench
{
    public static (JsonObject Json, List<Goal> Goals) RunTrips(TripBenchSettings settings, TextWriter o)
    {
        var sw = Stopwatch.StartNew();
        var chargers = TripGenerator.LoadChargers();
        var seeds = Enumerable.Range(settings.BaseSeed, settings.Seeds).ToList();
        var trips = new List<(int Seed, Trip Trip)>();
        foreach (var seed in seeds)
        {
            foreach (var category in Categories.All)
            {
                trips.AddRange(TripGenerator.Generate(category, settings.TripsPerCategory, seed, TripBenchSettings.T0, TimeSpan.FromHours(8), chargers, trips.Count)
                    .Select(t => (seed, t)));
            }
        }

        o.WriteLine(Invariant($"== 1. Trips: {Categories.All.Count} categories x {settings.TripsPerCategory} trips x {seeds.Count} seeds ({string.Join(", ", seeds)}) = {trips.Count} trips, each alone under every policy =="));
        var m = settings.Smartcar;
        o.WriteLine(Invariant($"  Smartcar: latency {m.MinLatency.TotalSeconds:F0}-{m.MaxLatency.TotalSeconds:F0} s uniform, {100 * m.TailShare:F0} % tail to {m.TailLatency.TotalSeconds:F0} s; {100 * m.ServerErrorShare:F0} % 502s (the .NET client retries up to {m.MaxRetryAttempts}x within the allowance, the seed's SDK not at all); data age 0-{m.MaxFreshAge.TotalSeconds:F0} s unless stale; GPS sigma {m.GpsSigmaM:F0} m"));
        foreach (var p in PolicyUnderTest.All)
        {
            o.WriteLine($"  {p.Name,-13} {p.What}");
        }

        if (settings.TraceTrip is { } traced && traced < trips.Count)
        {
            var t = trips[traced].Trip;
            o.WriteLine(Invariant($"  trace of trip {traced}: {t.Category}, {t.LengthKm:F1} km, target {t.TargetSoc}, limit {t.ChargeLimit}, entry t+{(t.ArrivesAt - t.SessionStart)?.TotalSeconds:F0}, charge event t+{(t.ChargeEventAt - t.SessionStart)?.TotalSeconds:F0}, parked t+{(t.ParkedAt - t.SessionStart).TotalSeconds:F0}"));
            foreach (var p in PolicyUnderTest.All.Where(p => p.Name != PolicyUnderTest.Seed))
            {
                p.Run(new SimSession(t, p.Name, SessionSeed(trips[traced].Seed, t)), m, o);
            }
        }

        var results = PolicyUnderTest.All.ToDictionary(p => p.Name, p => RunEach(trips, p, m));
        var json = new JsonObject
        {
            ["seeds"] = new JsonArray([.. seeds.Select(s => JsonValue.Create(s))]),
            ["trips_per_category_per_seed"] = settings.TripsPerCategory,
        };
        foreach (var (name, sessions) in results)
        {
            var all = new Figures(sessions);
            o.WriteLine(Invariant($"  [{name}] all {sessions.Count} trips: {all.Line()}"));
            var policyJson = all.ToJson();
            var categories = new JsonObject();
            foreach (var category in Categories.All)
            {
                var f = new Figures([.. sessions.Where(s => s.Trip.Category == category)]);
                o.WriteLine(Invariant($"    {category,-17} {f.Line()}"));
                categories[category] = f.ToJson();
            }

            policyJson["categories"] = categories;
            json[name] = policyJson;
        }

        PrintBreakdown(results[PolicyUnderTest.Adaptive], o);
        var ratio = Ratios(results, seeds, o);
        json["ratio"] = ratio;
        var goals = Goals(results, o);
        o.WriteLine(Invariant($"  ({sw.Elapsed.TotalSeconds:F1} s)"));
        o.WriteLine();
        return (json, goals);
    }

    private static JsonObject Ratios(Dictionary<string, List<SimSession>> results, List<int> seeds, TextWriter o)
    {
        var seed = results[PolicyUnderTest.Seed];
        var json = new JsonObject();
        foreach (var name in new[] { PolicyUnderTest.Adaptive, PolicyUnderTest.AdaptiveV2 })
        {
            var policy = results[name];
            var perSeed = seeds.Select(s => new Figures([.. policy.Where(x => SeedOf(x) == s)]).CallsP50 / new Figures([.. seed.Where(x => SeedOf(x) == s)]).CallsP50).ToList();
            var overall = new Figures(policy).CallsP50 / new Figures(seed).CallsP50;
            var perCategory = new JsonObject();
            foreach (var category in Categories.All)
            {
                perCategory[category] = Stat.Json(new Figures([.. policy.Where(x => x.Trip.Category == category)]).CallsP50
                    / new Figures([.. seed.Where(x => x.Trip.Category == category)]).CallsP50, 3);
            }

            o.WriteLine(Invariant($"  calls per trip p50, {name} / {PolicyUnderTest.Seed}: {overall:F3} overall; per seed {string.Join(" ", perSeed.Select(r => r.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)))} (spread {perSeed.Min():F3}-{perSeed.Max():F3})"));
            json[name] = new JsonObject
            {
                ["calls_p50"] = Stat.Json(overall, 3),
                ["per_seed"] = new JsonArray([.. perSeed.Select(r => Stat.Json(r, 3))]),
                ["per_seed_min"] = Stat.Json(perSeed.Min(), 3),
                ["per_seed_max"] = Stat.Json(perSeed.Max(), 3),
                ["per_category"] = perCategory,
            };
        }

        return json;
    }

    private static List<Goal> Goals(Dictionary<string, List<SimSession>> results, TextWriter o)
    {
        var goals = new List<Goal>();
        var seed = new Figures(results[PolicyUnderTest.Seed]);
        o.WriteLine("  Goals:");
        foreach (var name in new[] { PolicyUnderTest.Adaptive, PolicyUnderTest.AdaptiveV2 })
        {
            var a = new Figures(results[name]);
            var ratio = a.CallsP50 / seed.CallsP50;
            goals.Add(Goal.Check(o, Invariant($"{name}: calls per trip p50 <= 1/5 of {PolicyUnderTest.Seed}'s"), Invariant($"{a.CallsP50:F1} vs {seed.CallsP50:F1} (ratio {ratio:F3})"), ratio <= 0.2));
            foreach (var category in Categories.All)
            {
                var mine = new Figures([.. results[name].Where(s => s.Trip.Category == category)]);
                var theirs = new Figures([.. results[PolicyUnderTest.Seed].Where(s => s.Trip.Category == category)]);
                if (mine.Arrivals == 0)
                {
                    continue; // No car arrives in this category (drive-by, neighbouring lot): only false arrivals count.
                }

                goals.Add(Goal.Check(o, Invariant($"{name}: p95 detection delay <= {PolicyUnderTest.Seed}'s in {category}"),
                    Invariant($"{Stat.Show(mine.DetectionP95)} s vs {Stat.Show(theirs.DetectionP95)} s"),
                    mine.DetectionP95 <= theirs.DetectionP95 || (double.IsNaN(theirs.DetectionP95) && !double.IsNaN(mine.DetectionP95))));
            }

            goals.Add(Goal.Check(o, $"{name}: 0 false arrivals", Invariant($"{a.FalseArrivals} (seed {seed.FalseArrivals})"), a.FalseArrivals == 0));
            goals.Add(Goal.Check(o, $"{name}: 0 missed arrivals", Invariant($"{a.MissedArrivals} (seed {seed.MissedArrivals})"), a.MissedArrivals == 0));
            goals.Add(Goal.Check(o, $"{name}: 0 budget violations", Invariant($"{a.BudgetViolations} (seed {seed.BudgetViolations})"), a.BudgetViolations == 0));
        }

        return goals;
    }

    private static void PrintBreakdown(List<SimSession> sessions, TextWriter o)
    {
        var calls = sessions.SelectMany(s => s.CallLog).ToList();
        var total = Math.Max(1, calls.Sum(c => c.Calls));
        o.WriteLine("  adaptive requests by plan reason: " + string.Join(", ", calls.GroupBy(c => c.Reason).OrderByDescending(g => g.Sum(c => c.Calls))
            .Select(g => Invariant($"{g.Key} {100.0 * g.Sum(c => c.Calls) / total:F1} %"))));
        o.WriteLine("  adaptive requests by distance band: " + string.Join(", ", Bands.All
            .Select(b => Invariant($"{b} {100.0 * calls.Where(c => c.Band == b).Sum(c => c.Calls) / total:F1} %"))));
        var worst = sessions.Where(s => s.DetectionDelay is not null).OrderByDescending(s => s.DetectionDelay).Take(5)
            .Select(s => Invariant($"#{s.Trip.Index} {s.Trip.Category} {s.DetectionDelay!.Value.TotalSeconds:F0} s"));
        var bad = sessions.Where(s => s.FalseArrival || s.MissedArrival).Take(10)
            .Select(s => Invariant($"#{s.Trip.Index} {s.Trip.Category} {(s.FalseArrival ? "false" : "missed")}"));
        o.WriteLine($"  adaptive worst detections: {string.Join(", ", worst)}; false/missed: [{string.Join(", ", bad)}] (see --trace N)");
    }

    private static int SeedOf(SimSession s) => s.RunSeed;

    private static int SessionSeed(int seed, Trip t) => unchecked((seed * 1_000_003) + t.Index);

    private static List<SimSession> RunEach(List<(int Seed, Trip Trip)> trips, PolicyUnderTest policy, SmartcarModel model)
    {
        var sessions = trips.Select(t => new SimSession(t.Trip, policy.Name, SessionSeed(t.Seed, t.Trip)) { RunSeed = t.Seed }).ToList();
        Parallel.ForEach(sessions, new ParallelOptions { MaxDegreeOfParallelism = 2 }, s => policy.Run(s, model, null));
        return sessions;
    }
}
