using System.Globalization;
using Nerava.Api.IntegrationTests.Features.Notifications;
using Nerava.Chaos;
using Npgsql;

// dotnet run -c Release --project tests/Nerava.Chaos [-- --sessions 120 --burst 20 --worker-kills 30 --api-kills 4 --seed N]
// API and worker as separate processes on PostgreSQL, the fake Twilio in this process, kill -9 at random moments during
// bursts of arrivals; then every arrived session must have exactly one "fire now" text and none may be stuck.
var options = ChaosOptions.Parse(args);
var logDir = Directory.CreateTempSubdirectory("nerava-chaos-").FullName;
var rng = new Random(options.Seed);
var started = DateTime.UtcNow;
Console.WriteLine($"chaos: {options}; logs in {logDir}");

await using var postgres = await ScratchPostgres.StartAsync();
await using var twilio = await FakeTwilioServer.StartAsync($"AC{Guid.NewGuid():N}", $"chaos-{Guid.NewGuid():N}");
twilio.SentAfter = TimeSpan.FromMilliseconds(200);
// Twilio takes each message at once and answers 0–600 ms later: a kill in that gap is the crash issue #10 saw.
twilio.CreateDelay = () => TimeSpan.FromMilliseconds(Random.Shared.Next(0, 600));
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
await using var cluster = await Cluster.StartAsync(postgres.ConnectionString, twilio, logDir, http);
var phones = await MerchantPhonesAsync(postgres.ConnectionString);
var load = new ArrivalLoad(new FailoverClient(cluster.Apis, http), twilio);
var sites = (await load.SitesAsync()).Where(s => phones.ContainsKey(s.MerchantId)).ToList();
Console.WriteLine($"chaos: cluster up ({sites.Count} charger/merchant pairs) after {(DateTime.UtcNow - started).TotalSeconds:F0} s");

var arrivals = new List<Arrival>();
var bursts = (options.Sessions + options.Burst - 1) / options.Burst;
for (var b = 0; b < bursts; b++)
{
    var first = b * options.Burst;
    var drivers = Enumerable.Range(first, Math.Min(options.Burst, options.Sessions - first)).ToList();
    var apiKill = b < options.ApiKills ? cluster.KillApiAsync(rng, http) : Task.CompletedTask;
    var prepared = new (string Token, Arrival Arrival, Site Site)[drivers.Count];
    await Parallel.ForEachAsync(Enumerable.Range(0, drivers.Count), new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (i, _) =>
    {
        var site = sites[drivers[i] % sites.Count];
        prepared[i] = await load.PrepareAsync(drivers[i], site, phones[site.MerchantId]);
    });
    await apiKill;

    // The burst: every driver of it checks in at once while the worker is killed at random moments.
    var kills = (options.WorkerKills - cluster.WorkerKills + (bursts - b) - 1) / (bursts - b);
    var killer = Task.Run(async () =>
    {
        for (var k = 0; k < kills; k++)
        {
            await cluster.KillWorkerAsync(rng, http);
        }
    });
    await Task.WhenAll(prepared.Select(p => load.CheckInAsync(p.Token, p.Arrival, p.Site)).Append(killer));
    arrivals.AddRange(prepared.Select(p => p.Arrival));
    Console.WriteLine($"chaos: burst {b + 1}/{bursts} done ({arrivals.Count} arrivals, {cluster}) at {(DateTime.UtcNow - started).TotalSeconds:F0} s");
}

var verdict = await ChaosVerdict.SettleAsync(postgres.ConnectionString, arrivals, twilio, options.SettleTimeout);
var workerLog = string.Join('\n', Directory.GetFiles(logDir, "worker*.log").Select(File.ReadAllText));
var adopted = Count(workerLog, "was already accepted by the provider");
var resent = Count(workerLog, "sending again");
foreach (var problem in verdict.Problems.Take(20))
{
    Console.WriteLine($"chaos: {problem}");
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"chaos: {verdict.Arrived} arrived sessions, {cluster}: {verdict.Lost} lost, {verdict.Duplicated} duplicated, {verdict.Stuck} stuck" +
    $" ({verdict.NotArrived} never arrived; {adopted} texts found in Twilio's list after a crash and not re-sent, {resent} re-sent after the settle window)" +
    $" in {(DateTime.UtcNow - started).TotalMinutes:F1} min"));
return verdict.Passed && cluster.WorkerKills >= options.WorkerKills && cluster.ApiKills >= options.ApiKills ? 0 : 1;

static int Count(string text, string needle) =>
    text.Split('\n').Count(l => l.Contains(needle, StringComparison.Ordinal));

// The demo merchants' SMS numbers; email off, so each arrival makes exactly one text and nothing else to wait for.
static async Task<Dictionary<string, string>> MerchantPhonesAsync(string connectionString)
{
    await using var conn = new NpgsqlConnection(connectionString);
    await conn.OpenAsync();
    await using (var off = new NpgsqlCommand("UPDATE merchants SET notify_email = false", conn))
    {
        await off.ExecuteNonQueryAsync();
    }

    var phones = new Dictionary<string, string>();
    await using var cmd = new NpgsqlCommand("SELECT id, sms_phone FROM merchants WHERE notify_sms AND sms_phone IS NOT NULL", conn);
    await using var reader = await cmd.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        phones[reader.GetString(0)] = reader.GetString(1);
    }

    return phones;
}
