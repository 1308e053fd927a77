using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nerava.Bench.Capacity;
using Nerava.Bench.Http;
using Nerava.Bench.Tracking;
using static System.FormattableString;

namespace Nerava.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Nerava.Bench -- tracking|capacity [--quick] [options]</c>. Human-readable sections,
/// then one JSON object as the last line; the exit code is 1 when a goal was missed (2 for bad usage).
/// </summary>
internal static class BenchProgram
{
    private const string Usage =
        "usage: Nerava.Bench tracking [--quick] [--seed N] [--seeds N] [--trips N] [--scarce N] [--trace I]\n"
        + "       Nerava.Bench capacity [--quick] [--sessions N] [--seconds N] [--api 2.0|3] [--postgres CONNECTION]\n"
        + "       Nerava.Bench http [--quick] [--connections N] [--duration S] [--pg-stats] [--only a,b]\n"
        + "       Nerava.Bench fake-smartcar --port N [--seed N]   (the capacity run's loopback Smartcar, started by it)";

    public static async Task<int> Main(string[] args)
    {
        var command = args.FirstOrDefault();
        if (command == "fake-smartcar")
        {
            return await FakeSmartcarHost.RunAsync(args);
        }

        if (command == "http")
        {
            return await RunHttpAsync(args);
        }

        if (command is not ("tracking" or "capacity"))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var quick = args.Contains("--quick");
        var o = Console.Out;
        var sw = Stopwatch.StartNew();
        o.WriteLine(Invariant($"Nerava {command} benchmark ({(quick ? "quick" : "full")}), {Environment.ProcessorCount} cores, load average {CpuSample.LoadAverage()}"));
        o.WriteLine("The machine is shared with other work: wall-clock figures move with its load; counts and CPU time per poll less so.");
        o.WriteLine();

        var (result, goals) = command == "tracking" ? Tracking(args, quick, o) : await CapacityAsync(args, quick, o);
        var pass = goals.All(g => g.Pass);
        result["benchmark"] = command;
        result["mode"] = quick ? "quick" : "full";
        result["load_average_end"] = CpuSample.LoadAverage();
        result["goals"] = Goal.ToJson(goals);
        result["pass"] = pass;
        o.WriteLine(Invariant($"{goals.Count(g => g.Pass)} of {goals.Count} goals met; total {sw.Elapsed.TotalSeconds:F0} s"));
        o.WriteLine(result.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        await o.FlushAsync();
        return pass ? 0 : 1;
    }

    private static (JsonObject, List<Goal>) Tracking(string[] args, bool quick, TextWriter o)
    {
        var settings = new TripBenchSettings(Option(args, "--trips") ?? (quick ? 20 : 100), Option(args, "--scarce") ?? (quick ? 300 : 1000),
            Option(args, "--seeds") ?? 5, Option(args, "--seed") ?? 20261125, new SmartcarModel())
        {
            TraceTrip = Option(args, "--trace"),
        };
        var (json, goals) = TripBench.RunTrips(settings, o);
        json["scarce"] = ScarceBench.Run(settings, o);
        return (json, goals);
    }

    private static async Task<(JsonObject, List<Goal>)> CapacityAsync(string[] args, bool quick, TextWriter o)
    {
        var settings = new CapacitySettings(Option(args, "--sessions") ?? 100_000, TimeSpan.FromSeconds(Option(args, "--seconds") ?? (quick ? 30 : 60)),
            OptionText(args, "--api") ?? "3", quick)
        {
            Postgres = OptionText(args, "--postgres"),
        };
        try
        {
            return await CapacityBench.RunAsync(settings, o);
        }
        catch (Exception ex)
        {
            o.WriteLine($"  capacity run failed: {ex.GetType().Name}: {ex.Message}");
            return (new JsonObject { ["error"] = ex.Message }, [new Goal("the capacity run completes", ex.GetType().Name, false)]);
        }
    }

    private static async Task<int> RunHttpAsync(string[] args)
    {
        var settings = HttpBench.Settings(args);
        var o = Console.Out;
        o.WriteLine(Invariant($"Nerava HTTP benchmark, {Environment.ProcessorCount} cores, load average {CpuSample.LoadAverage()}, {settings.Connections} connections, {settings.Duration.TotalSeconds:F0} s per workload"));
        var (summary, met) = await HttpBench.RunAsync(settings, o);
        o.WriteLine();
        o.WriteLine(met ? "PASS: every workload met its goal" : "FAIL: a workload missed its goal (see goal_met above)");
        o.WriteLine(summary.ToJsonString());
        await o.FlushAsync();
        return met ? 0 : 1;
    }

    private static int? Option(string[] args, string name) =>
        OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    private static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
