using System.Globalization;
using System.Text.Json.Nodes;
using Nerava.Bench.Capacity;
using static System.FormattableString;

namespace Nerava.Bench.Http;

internal sealed record HttpBenchSettings(int Connections, TimeSpan Warmup, TimeSpan Duration, bool PgStats, string? Only);

/// <summary>
/// <c>dotnet run -c Release --project bench/Nerava.Bench -- http [--quick] [--connections N] [--duration S] [--pg-stats] [--only a,b]</c>:
/// the API's hot paths under wrk on this box. Starts its own PostgreSQL (production durability: fsync and synchronous
/// commit on), the Release API (<c>--role api</c>) and a worker (<c>--role worker</c>) as separate processes, makes drivers,
/// sessions and a staff login through the API, then runs each workload: a warm-up, then a measured run. One JSON line per
/// workload, a summary JSON line last; exits 1 when a goal is missed.
/// </summary>
internal static class HttpBench
{
    public static async Task<(JsonObject Summary, bool Met)> RunAsync(HttpBenchSettings settings, TextWriter o)
    {
        await Wrk.EnsureInstalledAsync(o);
        var pgEnv = new Dictionary<string, string> { ["NERAVA_PG_DURABLE"] = "1" };
        if (settings.PgStats)
        {
            pgEnv["NERAVA_PG_OPTIONS"] = "-c shared_preload_libraries=pg_stat_statements";
        }

        await using var sinks = await MessageSinks.StartAsync();
        await using var pg = await PostgresServer.StartAsync(null, pgEnv);
        var cs = await pg.CreateDatabaseAsync("nerava_http");
        var logDir = Directory.CreateTempSubdirectory("nerava-http-bench-").FullName;
        var port = ApiEnvironment.FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var env = ApiEnvironment.For(cs, baseUrl, sinks);
        o.WriteLine($"  PostgreSQL 15 (fsync on, synchronous_commit on), API logs in {logDir}");

        await ApiProcess.RunToEndAsync(env, Path.Combine(logDir, "migrate.log"), "migrate");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await using var api = ApiProcess.Start(env, Path.Combine(logDir, "api.log"), "--role", "api", "--urls", baseUrl);
        await api.WaitReadyAsync(http, baseUrl, TimeSpan.FromMinutes(2));
        // Started after the API is ready: both seed the demo catalog at start-up, and the worker then finds it there.
        await using var worker = ApiProcess.Start(env, Path.Combine(logDir, "worker.log"), "--role", "worker", "--urls", $"http://127.0.0.1:{ApiEnvironment.FreePort()}");

        var fixtures = new HttpFixtures(http, baseUrl, sinks);
        var n = settings.Connections;
        var readers = await fixtures.DriversAsync(0, n);
        var sessions = new List<string>();
        foreach (var token in readers)
        {
            sessions.Add(await fixtures.CreateSessionAsync(token));
        }

        var writers = await fixtures.DriversAsync(n, n);
        var staff = await fixtures.StaffTokenAsync();
        o.WriteLine(Invariant($"  {n} drivers with one open session each, {n} drivers for the write mix, 1 staff login"));
        var tokenFiles = new
        {
            Readers = Lines(logDir, "readers.txt", readers.Zip(sessions, (t, s) => $"{t} {s}")),
            Anonymous = Lines(logDir, "anonymous.txt", ["- -"]),
            Staff = Lines(logDir, "staff.txt", [$"{staff} -"]),
            Writers = Lines(logDir, "writers.txt", writers.Select(t => $"{t} -")),
        };

        HttpWorkload[] workloads =
        [
            Read("arrival_active", "GET /v1/arrival/active (driver token, one active session)", tokenFiles.Readers, "/v1/arrival/active"),
            Read("chargers_nearby", "GET /v1/chargers?lat&lng&radius_m", tokenFiles.Anonymous,
                Invariant($"/v1/chargers?lat={HttpFixtures.ChargerLat}&lng={HttpFixtures.ChargerLng}&radius_m=50000")),
            Read("smartcar_status", "GET /v1/arrival/{id}/smartcar-status (driver token)", tokenFiles.Readers, "/v1/arrival/{session}/smartcar-status"),
            Read("merchant_arrivals", "GET /v1/merchant/arrivals (staff token)", tokenFiles.Staff, "/v1/merchant/arrivals"),
            new("write_mix", "create → confirm-arrival → cancel, one driver per connection", "write_mix.lua", new Dictionary<string, string>
            {
                ["BENCH_TOKENS"] = tokenFiles.Writers,
                ["BENCH_CREATE"] = HttpFixtures.CreateBody,
                ["BENCH_CHECKIN"] = HttpFixtures.CheckInBody,
                ["BENCH_RUN"] = Guid.NewGuid().ToString("N")[..8],
            }, HttpGoal.Write),
        ];

        var results = new JsonObject();
        var met = true;
        var statements = settings.PgStats ? new PgStatements(cs) : null;
        foreach (var workload in workloads.Where(w => settings.Only is null || settings.Only.Split(',').Contains(w.Name)))
        {
            o.WriteLine();
            o.WriteLine(Invariant($"  {workload.Name}: {workload.Description} — {n} connections, load average {CpuSample.LoadAverage()}"));
            await Wrk.RunAsync(baseUrl, workload.Script, n, settings.Warmup, workload.Env);
            if (workload.Name == "write_mix")
            {
                await fixtures.CancelOpenSessionsAsync(writers);
            }

            if (statements is not null)
            {
                await statements.ResetAsync();
            }

            var before = (Api: ProcessCpu.Of(api.Pid), Worker: ProcessCpu.Of(worker.Pid), Pg: ProcessCpu.OfTree(pg.PostmasterPid!.Value));
            var run = await Wrk.RunAsync(baseUrl, workload.Script, n, settings.Duration, workload.Env);
            var after = (Api: ProcessCpu.Of(api.Pid), Worker: ProcessCpu.Of(worker.Pid), Pg: ProcessCpu.OfTree(pg.PostmasterPid!.Value));
            var figures = HttpFigures.From(workload, run, after.Api - before.Api, after.Pg - before.Pg, after.Worker - before.Worker);
            met &= figures["goal_met"]!.GetValue<bool>();
            o.WriteLine(figures.ToJsonString());
            results[workload.Name] = HttpFigures.Brief(figures);
            if (statements is not null)
            {
                await statements.PrintTopAsync(o, 8);
            }
        }

        var summary = new JsonObject
        {
            ["http"] = results,
            ["connections"] = n,
            ["duration_s"] = settings.Duration.TotalSeconds,
            ["postgres"] = "15, fsync=on, synchronous_commit=on",
            ["goals_met"] = met,
        };
        return (summary, met);

        HttpWorkload Read(string name, string description, string tokens, string path) =>
            new(name, description, "read.lua", new Dictionary<string, string> { ["BENCH_TOKENS"] = tokens, ["BENCH_PATH"] = path }, HttpGoal.Read);
    }

    private static string Lines(string dir, string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    public static HttpBenchSettings Settings(string[] args)
    {
        var quick = args.Contains("--quick");
        int? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length
            ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : null;
        return new HttpBenchSettings(Option("--connections") ?? 32, TimeSpan.FromSeconds(quick ? 3 : 5),
            TimeSpan.FromSeconds(Option("--duration") ?? (quick ? 8 : 20)), args.Contains("--pg-stats"),
            Array.IndexOf(args, "--only") is var o and >= 0 && o + 1 < args.Length ? args[o + 1] : null);
    }
}
