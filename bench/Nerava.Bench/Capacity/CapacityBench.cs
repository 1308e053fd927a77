using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Features.Demo;
using Nerava.Api.Features.Smartcar;
using Nerava.Api.Features.Tracking;
using Nerava.Api.Hosting;
using Nerava.Bench.Tracking;
using static System.FormattableString;

namespace Nerava.Bench.Capacity;

internal sealed record CapacitySettings(int Sessions, TimeSpan Duration, string ApiVersion, bool Quick)
{
    public TimeSpan WarmUp => Quick ? TimeSpan.FromSeconds(45) : TimeSpan.FromSeconds(60);

    public string? Postgres { get; init; }
}

/// <summary>
/// Part 3: the API's real tracking engine — TrackingWorker's continuous pipeline, DuePollClaimer, PollAdmission (budgets),
/// the product's SmartcarVehiclePoller (connection lookup, TokenRefresher, the .NET Smartcar client with its resilience pipeline),
/// AnswerApplier with SignalProcessor and the outbox — against a fake Smartcar in another process that answers as slowly as the
/// real one, on PostgreSQL with production durability, for 100,000 sessions whose cars drive in and arrive.
/// </summary>
internal static class CapacityBench
{
    private const string SigningKey = "nerava-bench-signing-key-not-a-secret-0123456789";

    public static async Task<(JsonObject, List<Goal>)> RunAsync(CapacitySettings settings, TextWriter o)
    {
        var sw = Stopwatch.StartNew();
        o.WriteLine(Invariant($"== Capacity: {settings.Sessions:N0} tracked sessions, one tracking worker, {settings.WarmUp.TotalSeconds:F0} s warm-up then {settings.Duration.TotalSeconds:F0} s measured =="));
        await using var pg = await PostgresServer.StartAsync(settings.Postgres);
        var durability = await pg.DurabilityAsync();
        o.WriteLine("  PostgreSQL " + durability["server_version"] + (pg.Started ? " (scripts/pg-start.sh, NERAVA_PG_DURABLE=1)" : " (--postgres)") + ": "
            + string.Join(", ", durability.Where(d => d.Key != "server_version").Select(d => $"{d.Key}={d.Value}")));
        var cs = await pg.CreateDatabaseAsync("nerava_capacity");
        var port = FreePort();
        var fakeUrl = Invariant($"http://127.0.0.1:{port}");

        var timer = new QueryTimer();
        await using var app = BuildApi(cs, fakeUrl, settings.ApiVersion, timer);
        await app.MigrateAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
        }

        var sites = await CapacitySeeder.SitesAsync(cs);
        var t0 = DateTimeOffset.UtcNow;
        var cars = Fleet.Generate(settings.Sessions, [.. sites.Select(s => (s.ChargerId, s.Charger))], t0, 20261125);
        var dir = Directory.CreateTempSubdirectory("nerava-capacity-").FullName;
        var fleetFile = Path.Combine(dir, "fleet.csv");
        await Fleet.WriteAsync(fleetFile, cars);
        using var fake = StartFake(port, fleetFile);
        try
        {
            await WaitForFakeAsync(fakeUrl);
            var seeding = Stopwatch.StartNew();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await CapacitySeeder.SeedAsync(cs, cars, sites, scope.ServiceProvider.GetRequiredService<TokenVault>(), DateTimeOffset.UtcNow);
            }

            o.WriteLine(Invariant($"  seeded {settings.Sessions:N0} drivers, connected cars (encrypted tokens), sessions ({cars.Count(c => c.ReadyAfterCharge):N0} Ready After Charge) and tracked rows with COPY in {seeding.Elapsed.TotalSeconds:F0} s"));
            o.WriteLine(Invariant($"  fake Smartcar (pid {fake.Id}) on {fakeUrl}, HTTP/2 cleartext, Smartcar v{settings.ApiVersion}; cars 0.5-6 km out at 20-50 km/h, leaving between -5 and +25 min"));
            return await MeasureAsync(app, settings, timer, fake, fakeUrl, durability, o, sw);
        }
        finally
        {
            if (!fake.HasExited)
            {
                fake.Kill(entireProcessTree: true);
            }

            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<(JsonObject, List<Goal>)> MeasureAsync(WebApplication app, CapacitySettings settings, QueryTimer timer, Process fake, string fakeUrl,
        IReadOnlyDictionary<string, string> durability, TextWriter o, Stopwatch sw)
    {
        using var probe = new MetricsProbe(app.Services.GetRequiredService<TrackingMetrics>());
        var worker = new TrackingWorker(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Services.GetRequiredService<IOptions<TrackingOptions>>(),
            app.Services.GetRequiredService<ILogger<TrackingWorker>>());
        using var stop = new CancellationTokenSource();
        var running = worker.RunPipelineAsync(stop.Token);
        var rss = new RssSampler();

        await Progress(o, probe, settings.WarmUp, "warm-up", rss);
        var before = (Answers: probe.Sum(Applied), Decisions: probe.Sum(Decided), Requests: probe.Sum(Requests), Cpu: Process.GetCurrentProcess().TotalProcessorTime,
            Machine: CpuSample.Machine(), Fake: await FakeStatsAsync(fakeUrl), FakeCpu: CpuOf(fake));
        timer.Enabled = true;
        probe.Recording = true;
        var window = Stopwatch.StartNew();
        await Progress(o, probe, settings.Duration, "measured", rss);
        var elapsed = window.Elapsed.TotalSeconds;
        probe.Recording = false;
        timer.Enabled = false;
        var after = (Answers: probe.Sum(Applied), Decisions: probe.Sum(Decided), Requests: probe.Sum(Requests), Cpu: Process.GetCurrentProcess().TotalProcessorTime,
            Machine: CpuSample.Machine(), Fake: await FakeStatsAsync(fakeUrl), FakeCpu: CpuOf(fake));
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        var answers = after.Answers - before.Answers;
        var rate = answers / elapsed;
        var decisions = (after.Decisions - before.Decisions) / elapsed;
        var lags = probe.Lags;
        var p99Lag = Stat.Percentile(lags, 99);
        var cpuMs = (after.Cpu - before.Cpu).TotalMilliseconds / Math.Max(1, answers);
        var fakeCpuMs = (after.FakeCpu - before.FakeCpu).TotalMilliseconds / Math.Max(1, answers);
        var sqlPerPoll = (double)timer.TotalCommands / Math.Max(1, answers);
        var machine = CpuSample.BusyFraction(before.Machine, after.Machine);
        var rssMb = rss.PeakBytes / 1024.0 / 1024.0;

        o.WriteLine(Invariant($"  poll evaluations applied/s: {rate:F0} ({answers:N0} in {elapsed:F1} s); decisions applied/s: {decisions:F1}; Smartcar requests/s (as billed): {(after.Requests - before.Requests) / elapsed:F0}"));
        o.WriteLine(Invariant($"  due -> polled lag: p50 {Stat.Show(Stat.Percentile(lags, 50), "F2")} s, p99 {Stat.Show(p99Lag, "F2")} s, max {Stat.Show(Stat.Max(lags), "F2")} s over {lags.Count:N0} polls"));
        o.WriteLine(Invariant($"  polls open at once: max {probe.MaxInFlight:N0}; the fake Smartcar saw at most {after.Fake.MaxOpen:N0} requests open, {after.Fake.Overlaps} overlapping reads of one car, {after.Fake.Refreshes - before.Fake.Refreshes:N0} token refreshes in the window"));
        o.WriteLine(Invariant($"  SQL: {sqlPerPoll:F2} statements per poll ({timer.TotalCommands:N0}); top by time:"));
        foreach (var (sql, count, total) in timer.Top(10))
        {
            o.WriteLine(Invariant($"    {total.TotalSeconds,7:F1} s {count,9:N0} x {total.TotalMilliseconds / Math.Max(1, count),6:F2} ms  {sql}"));
        }

        o.WriteLine(Invariant($"  CPU per poll: engine process {cpuMs:F2} ms, fake Smartcar {fakeCpuMs:F2} ms; machine {100 * machine:F0} % busy of {Environment.ProcessorCount} cores (load avg {CpuSample.LoadAverage()})"));
        o.WriteLine(Invariant($"  engine process RSS: peak {rssMb:F0} MB (GC heap {GC.GetTotalMemory(false) / 1024 / 1024} MB now)"));

        var fullSize = settings.Sessions >= 100_000;
        var durable = durability["fsync"] == "on" && durability["synchronous_commit"] == "on" && durability["full_page_writes"] == "on";
        List<Goal> goals =
        [
            Goal.Check(o, "PostgreSQL runs with production durability (fsync, synchronous_commit, full_page_writes on)",
                string.Join(", ", durability.Where(d => d.Key is "fsync" or "synchronous_commit" or "full_page_writes").Select(d => $"{d.Key}={d.Value}")), durable),
            Goal.Check(o, "100,000 tracked sessions", Invariant($"{settings.Sessions:N0}"), fullSize),
            Goal.Check(o, Invariant($">= 1,000 poll evaluations/s sustained for {settings.Duration.TotalSeconds:F0} s"), Invariant($"{rate:F0}/s"), rate >= 1_000),
            Goal.Check(o, "p99 due -> polled lag <= 5 s", Invariant($"{Stat.Show(p99Lag, "F2")} s"), p99Lag <= 5),
            Goal.Check(o, "engine process RSS <= 500 MB", Invariant($"{rssMb:F0} MB"), rssMb <= 500),
            Goal.Check(o, "no car polled by two requests at once", Invariant($"{after.Fake.Overlaps}"), after.Fake.Overlaps == 0),
        ];
        o.WriteLine(Invariant($"  ({sw.Elapsed.TotalSeconds:F0} s)"));
        o.WriteLine();
        var json = new JsonObject
        {
            ["tracked_sessions"] = settings.Sessions,
            ["api_version"] = settings.ApiVersion,
            ["duration_s"] = Math.Round(elapsed, 1),
            ["poll_evaluations_per_s"] = Math.Round(rate, 1),
            ["decisions_applied_per_s"] = Math.Round(decisions, 1),
            ["smartcar_requests_per_s"] = Math.Round((after.Requests - before.Requests) / elapsed, 1),
            ["lag_p50_s"] = Stat.Json(Stat.Percentile(lags, 50), 2),
            ["lag_p99_s"] = Stat.Json(p99Lag, 2),
            ["lag_max_s"] = Stat.Json(Stat.Max(lags), 2),
            ["max_polls_in_flight"] = probe.MaxInFlight,
            ["fake_max_open_requests"] = after.Fake.MaxOpen,
            ["concurrent_double_polls"] = after.Fake.Overlaps,
            ["token_refreshes"] = after.Fake.Refreshes - before.Fake.Refreshes,
            ["sql_statements_per_poll"] = Math.Round(sqlPerPoll, 3),
            ["engine_cpu_ms_per_poll"] = Math.Round(cpuMs, 3),
            ["fake_smartcar_cpu_ms_per_poll"] = Math.Round(fakeCpuMs, 3),
            ["machine_cpu_busy_pct"] = Math.Round(100 * machine, 0),
            ["rss_peak_mb"] = Math.Round(rssMb, 0),
            ["postgres"] = new JsonObject([.. durability.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)JsonValue.Create(d.Value)))]),
        };
        return (json, goals);
    }

    private const string Applied = "nerava.tracking.answers_applied";
    private const string Decided = "nerava.tracking.decisions_applied";
    private const string Requests = "nerava.tracking.smartcar_requests";

    private static async Task Progress(TextWriter o, MetricsProbe probe, TimeSpan duration, string phase, RssSampler rss)
    {
        var start = DateTime.UtcNow;
        var end = start + duration;
        var last = probe.Sum(Applied);
        var printed = start;
        while (DateTime.UtcNow < end)
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(1, Math.Max(0.05, (end - DateTime.UtcNow).TotalSeconds))));
            rss.Sample();
            if (DateTime.UtcNow - printed >= TimeSpan.FromSeconds(15) || DateTime.UtcNow >= end)
            {
                var now = probe.Sum(Applied);
                o.WriteLine(Invariant($"    {phase} +{(DateTime.UtcNow - start).TotalSeconds,3:F0} s: {probe.InFlight,6:N0} polls open, {(now - last) / (DateTime.UtcNow - printed).TotalSeconds,6:F0} answers applied/s, RSS {rss.CurrentBytes / 1024 / 1024} MB, GC heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1024 / 1024} MB"));
                (last, printed) = (now, DateTime.UtcNow);
            }
        }
    }

    private static WebApplication BuildApi(string cs, string fakeUrl, string apiVersion, QueryTimer timer)
    {
        var builder = WebApplication.CreateBuilder(["--role", "api"]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Nerava"] = cs,
            ["Auth:SigningKey"] = SigningKey,
            // Production rules apply (no Development, not the embedded default): every secret must be given.
            ["Twilio:AuthToken"] = "nerava-bench-twilio-token-not-a-secret-0123",
            ["Twilio:WebhookUrl"] = "http://localhost/v1/webhooks/twilio/sms",
            ["DataProtection:KeyEncryptionKey"] = "nerava-bench-data-protection-kek-not-a-secret",
            ["Database:DataDirectory"] = Path.Combine(Path.GetTempPath(), "nerava-bench-data"),
            ["Smartcar:Mode"] = "Live",
            ["Smartcar:ClientId"] = "bench-client",
            ["Smartcar:ClientSecret"] = "bench-secret-not-a-secret",
            ["Smartcar:ApiVersion"] = apiVersion,
            ["Smartcar:ApiOrigin"] = fakeUrl,
            ["Smartcar:VehicleApiOrigin"] = fakeUrl,
            ["Smartcar:AuthOrigin"] = fakeUrl,
            ["Smartcar:IamOrigin"] = fakeUrl,
            ["Smartcar:ManagementOrigin"] = fakeUrl,
            ["Smartcar:ConnectOrigin"] = fakeUrl,
            ["Smartcar:PublicBaseUrl"] = "http://localhost",
            ["Smartcar:WebhookSecret"] = "bench-webhook-secret",
            ["Notifications:Channel"] = "DevOutbox",
            ["Jobs:Storage"] = "InMemory",
            // Smartcar's own per-vehicle guidance stays; the application bucket is an enterprise one (the default 120 + 2/min
            // serves one request every 30 s).
            ["Tracking:MaxCallsPerVehiclePerHour"] = "20",
            ["Tracking:AppBucketCapacity"] = "1000000",
            ["Tracking:AppBucketRefillPerMinute"] = "1000000",
            ["Tracking:BatchSize"] = "500",
            ["Tracking:MaxInFlight"] = "40000",
            ["Tracking:IdleDelay"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft"] = "Warning",
            ["Logging:LogLevel:Nerava.Api.Features.Tracking.BatchPoller"] = "Error",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(c => c.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The migrator's first probe of __EFMigrationsHistory fails on a fresh database by design.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Error);
        builder.Logging.AddFilter("Polly", LogLevel.Error);
        builder.AddNeravaServices();
        // Loopback has no TLS to negotiate HTTP/2 with: talk HTTP/2 by prior knowledge (the product asks for HTTP/2 over TLS).
        builder.Services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => new Http2PriorKnowledgeHandler()));
        builder.Services.ConfigureDbContext<PostgresNeravaDbContext>(b => b.AddInterceptors(timer));
        return builder.Build();
    }

    private static Process StartFake(int port, string fleetFile)
    {
        var host = Environment.ProcessPath!;
        var self = typeof(CapacityBench).Assembly.Location;
        var info = Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? new ProcessStartInfo(host, [self, "fake-smartcar", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--fleet", fleetFile])
            : new ProcessStartInfo(host, ["fake-smartcar", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--fleet", fleetFile]);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the fake Smartcar.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine("  [fake smartcar] " + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static readonly HttpClient StatsClient = new(new SocketsHttpHandler()) { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };

    private static async Task WaitForFakeAsync(string url)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                await FakeStatsAsync(url);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        throw new TimeoutException("The fake Smartcar did not start.");
    }

    private static async Task<FakeStats> FakeStatsAsync(string url) =>
        JsonSerializer.Deserialize<FakeStats>(await StatsClient.GetStringAsync(url + "/stats"), new JsonSerializerOptions(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!;

    private static TimeSpan CpuOf(Process process)
    {
        try
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record FakeStats(long Requests, long Errors, int MaxOpen, int Open, long Refreshes, long Overlaps);

    /// <summary>HTTP/2 by prior knowledge for the loopback fake (no TLS, so no ALPN).</summary>
    private sealed class Http2PriorKnowledgeHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Version = HttpVersion.Version20;
            request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>The process's resident set (working set), sampled; the peak is kept.</summary>
    private sealed class RssSampler
    {
        public long PeakBytes { get; private set; }

        public long CurrentBytes { get; private set; }

        public void Sample()
        {
            using var self = Process.GetCurrentProcess();
            CurrentBytes = self.WorkingSet64;
            PeakBytes = Math.Max(PeakBytes, CurrentBytes);
        }
    }
}
