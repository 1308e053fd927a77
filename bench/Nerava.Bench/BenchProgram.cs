using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nerava.Bench.Capacity;
using Nerava.Bench.Tracking;
using static System.FormattableString;

namespace Nerava.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Nerava.Bench -- tracking [--quick] [--no-capacity] [--seed N]</c>.
/// Human-readable sections, then one JSON line (always the last line).
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] != "tracking")
        {
            await Console.Error.WriteLineAsync("usage: Nerava.Bench tracking [--quick] [--no-capacity] [--seed N]");
            return 2;
        }

        var quick = args.Contains("--quick");
        var seed = Option(args, "--seed") ?? 20261125;
        var smartcar = new SmartcarModel();
        var trips = new TripBenchSettings(Option(args, "--trips") ?? (quick ? 200 : 1000), Option(args, "--scarce") ?? (quick ? 300 : 1000), seed, smartcar)
        {
            TraceTrip = Option(args, "--trace"),
            TraceScarceTrip = Option(args, "--trace-scarce"),
        };
        var capacity = new CapacitySettings(quick ? 20_000 : 100_000, 3, TimeSpan.FromSeconds(quick ? 30 : 60));
        var o = Console.Out;
        var sw = Stopwatch.StartNew();
        o.WriteLine(Invariant($"Nerava tracking benchmark ({(quick ? "quick" : "full")}), {Environment.ProcessorCount} cores, load average {CpuSample.LoadAverage()}"));
        o.WriteLine();

        var (adaptive, fixedRun, _) = TripBench.RunTrips(trips, o);
        var scarce = TripBench.RunScarce(trips, o);
        JsonObject capacityJson;
        if (args.Contains("--no-capacity"))
        {
            capacityJson = new JsonObject { ["tracked_sessions"] = 0, ["poll_evaluations_per_s"] = 0, ["skipped"] = true };
        }
        else
        {
            try
            {
                capacityJson = await CapacityBench.RunAsync(capacity, o);
            }
            catch (Exception ex)
            {
                o.WriteLine($"  capacity run failed: {ex.GetType().Name}: {ex.Message}");
                o.WriteLine();
                capacityJson = new JsonObject { ["tracked_sessions"] = 0, ["poll_evaluations_per_s"] = 0, ["error"] = ex.Message };
            }
        }

        o.WriteLine(Invariant($"total {sw.Elapsed.TotalSeconds:F0} s"));
        var result = new JsonObject
        {
            ["adaptive"] = adaptive,
            ["fixed60s"] = fixedRun,
            ["scarce"] = scarce,
            ["capacity"] = capacityJson,
        };
        o.WriteLine(result.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        await o.FlushAsync();
        return 0;
    }

    private static int? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
