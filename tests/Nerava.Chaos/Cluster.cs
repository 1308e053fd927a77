using System.Globalization;
using Nerava.Api.IntegrationTests.Features.Notifications;

namespace Nerava.Chaos;

/// <summary>
/// Two API processes and one worker on one PostgreSQL database, delivering through the fake Twilio. The worker's
/// outbox lease and settle window are short so a killed worker's texts are reconciled within seconds.
/// </summary>
internal sealed class Cluster : IAsyncDisposable
{
    private const int BasePort = 0;

    private Cluster(IReadOnlyList<RoleProcess> apis, RoleProcess worker) => (Apis, Worker) = (apis, worker);

    public IReadOnlyList<RoleProcess> Apis { get; }
    public RoleProcess Worker { get; }
    public int WorkerKills { get; private set; }
    public int ApiKills { get; private set; }

    public static async Task<Cluster> StartAsync(string connectionString, FakeTwilioServer twilio, string logDir, HttpClient http)
    {
        var env = Environment(connectionString, twilio);
        await RoleProcess.RunAsync(env, "migrate");
        var ports = FreePorts(3);
        var seeding = new Dictionary<string, string>(env) { ["Database__SeedDemoData"] = "true" };
        var apis = new[]
        {
            new RoleProcess("api", ports[0], seeding, Path.Combine(logDir, "api-0.log")),
            new RoleProcess("api", ports[1], env, Path.Combine(logDir, "api-1.log")),
        };
        var worker = new RoleProcess("worker", ports[2], env, Path.Combine(logDir, "worker.log"));
        apis[0].Start();
        await apis[0].WaitReadyAsync(http, TimeSpan.FromMinutes(2)); // Seeds the demo catalog before anyone else starts.
        apis[1].Start();
        worker.Start();
        await apis[1].WaitReadyAsync(http, TimeSpan.FromMinutes(2));
        await worker.WaitReadyAsync(http, TimeSpan.FromMinutes(2));
        return new Cluster(apis, worker);
    }

    /// <summary>kill -9 the worker after a random moment of work, then start a new one and wait until it is up.</summary>
    public async Task KillWorkerAsync(Random rng, HttpClient http)
    {
        await Task.Delay(rng.Next(200, 2500));
        await Worker.KillAsync();
        WorkerKills++;
        Worker.Start();
        await Worker.WaitReadyAsync(http, TimeSpan.FromMinutes(2));
    }

    /// <summary>kill -9 one API process mid-burst; its clients fail over to the other, and it comes back.</summary>
    public async Task KillApiAsync(Random rng, HttpClient http)
    {
        var api = Apis[rng.Next(Apis.Count)];
        await api.KillAsync();
        ApiKills++;
        api.Start();
        await api.WaitReadyAsync(http, TimeSpan.FromMinutes(2));
    }

    private static Dictionary<string, string> Environment(string connectionString, FakeTwilioServer twilio) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["NERAVA_SKIP_WEB_BUILD"] = "1",
        ["Database__Provider"] = "Postgres",
        ["ConnectionStrings__Nerava"] = connectionString,
        ["Database__MigrateOnStart"] = "false",
        ["Database__SeedDemoData"] = "false",
        ["Auth__SigningKey"] = "chaos-run-signing-key-not-a-secret-0123456789",
        ["Auth__MaxCodesPerIpPerHour"] = "100000",
        ["Notifications__Channel"] = "Live",
        ["Notifications__PollInterval"] = "00:00:00.100",
        ["Notifications__Lease"] = "00:00:03",
        ["Notifications__ReconcileSettle"] = "00:00:04",
        ["Notifications__ReconcileRecheck"] = "00:00:00.500",
        ["Twilio__BaseUrl"] = twilio.BaseUrl,
        ["Twilio__AccountSid"] = twilio.AccountSid,
        ["Twilio__AuthToken"] = twilio.AuthToken,
        ["Twilio__FromNumber"] = "+15125550000",
        ["Smartcar__Mode"] = "Simulated",
        ["Smartcar__PublicBaseUrl"] = "http://127.0.0.1",
        ["Logging__LogLevel__Default"] = "Information",
        ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
    };

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new System.Net.Sockets.TcpListener(IPAddress.Loopback, BasePort)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{WorkerKills} worker kills, {ApiKills} API kills");

    public async ValueTask DisposeAsync()
    {
        await Worker.DisposeAsync();
        foreach (var api in Apis)
        {
            await api.DisposeAsync();
        }
    }
}
