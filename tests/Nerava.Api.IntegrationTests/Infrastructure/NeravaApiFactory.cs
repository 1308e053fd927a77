using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Nerava.Api.Data;

namespace Nerava.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The real API on a real database (a fresh PostgreSQL database or SQLite file per factory), with intent methods
/// so tests read as what a user does.
/// </summary>
public sealed class NeravaApiFactory(TestDatabase database, string connectionString, string dataDirectory,
    IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? testServices = null) : WebApplicationFactory<Program>
{
    public const string TestSigningKey = "integration-tests-signing-key-not-a-secret-0123456789";
    public const string TwilioAuthToken = "test-twilio-auth-token-not-a-secret-0123456789";
    public const string TestKeyEncryptionKey = "integration-tests-data-protection-kek-not-a-secret";
    private static int _phoneCounter;

    public TestDatabase Database => database;

    /// <summary>The API's real address (http://127.0.0.1:port) when it runs on Kestrel (<see cref="StartOnLoopbackAsync"/>); null on the in-memory TestServer.</summary>
    public Uri? LoopbackAddress { get; private set; }

    public string ConnectionString => connectionString;

    /// <summary>Every request the Smartcar client sent, as "METHOD path [grant_type]".</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> SmartcarCalls { get; } = new();

    public static async Task<NeravaApiFactory> CreateAsync(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? testServices = null)
    {
        var dir = Directory.CreateTempSubdirectory("nerava-it-").FullName;
        return new NeravaApiFactory(database, await NewDatabaseAsync(database, dir), dir, settings ?? new Dictionary<string, string?>(), testServices);
    }

    /// <summary>
    /// The API on a real loopback port (Kestrel, port chosen by the OS), started: clients reach it over TCP, as charge
    /// points and browsers do. <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> then targets that port.
    /// </summary>
    public static async Task<NeravaApiFactory> StartOnLoopbackAsync(TestDatabase database)
    {
        var factory = await CreateAsync(database);
        factory._onLoopback = true;
        factory.UseKestrel(0);
        factory.StartServer();
        factory.LoopbackAddress = factory.ClientOptions.BaseAddress;
        return factory;
    }

    private bool _onLoopback;

    /// <summary>A fresh database: a new PostgreSQL database, or a SQLite file in <paramref name="dir"/>.</summary>
    public static async Task<string> NewDatabaseAsync(TestDatabase database, string dir) =>
        database == TestDatabase.Postgres
            ? await PostgresServer.CreateDatabaseAsync()
            : $"Data Source={Path.Combine(dir, "nerava.db")};Pooling=True";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", database.ToString());
        builder.UseSetting("ConnectionStrings:Nerava", connectionString);
        builder.UseSetting("Database:DataDirectory", dataDirectory);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Auth:SigningKey", TestSigningKey);
        // Every test request comes from one address; the per-IP limit has its own test.
        builder.UseSetting("Auth:MaxCodesPerIpPerHour", "100000");
        builder.UseSetting("Auth:Login:MaxFailuresPerIp", "100000");
        builder.UseSetting("RateLimiting:PermitsPerMinute", "1000000");
        builder.UseSetting("Notifications:PollInterval", "00:00:00.100");
        builder.UseSetting("Twilio:AuthToken", TwilioAuthToken);
        // One key for every factory: factories that share a PostgreSQL database share its data-protection key ring.
        builder.UseSetting("DataProtection:KeyEncryptionKey", TestKeyEncryptionKey);
        builder.UseSetting("Smartcar:Mode", "Simulated");
        builder.UseSetting("Smartcar:PublicBaseUrl", "http://localhost");
        builder.UseSetting("SmartcarSimulator:AppRateLimitEnabled", "false");
        // Tests drive their own charge points through the in-process server; the demo fleet needs a real port.
        builder.UseSetting("ChargePointSimulator:Enabled", "false");
        // Spans are only made when something reads them; the telemetry tests add an in-memory exporter in code.
        builder.UseSetting("Telemetry:Traces", "true");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        // The Smartcar client calls the simulator mounted in this very app: route its HTTP through the test server.
        builder.ConfigureTestServices(services =>
        {
            // On Kestrel there is no TestServer to route through; the loopback tests do not use Smartcar.
            foreach (var name in _onLoopback ? [] : SmartcarHttpClients)
            {
                services.AddOptions<HttpClientFactoryOptions>(name).Configure(o => o.HttpMessageHandlerBuilderActions.Add(b =>
                {
                    b.PrimaryHandler = Server.CreateHandler();
                    b.AdditionalHandlers.Add(new CountingHandler(SmartcarCalls));
                }));
            }

            testServices?.Invoke(services);
        });
    }

    private static readonly string[] SmartcarHttpClients =
        ["SmartcarAuthClient", "SmartcarVehicleClient", "SmartcarV3Client", "SmartcarManagementClient", "Nerava.Smartcar.Iam",
            Nerava.Smartcar.Simulator.Webhooks.WebhookSender.HttpClientName];

    public static string NewPhone() => $"+1512555{2000 + Interlocked.Increment(ref _phoneCounter) % 8000:D4}";

    public Task<T> WithDbAsync<T>(Func<NeravaDbContext, Task<T>> work) => WithScopeAsync(s => work(s.GetRequiredService<NeravaDbContext>()));

    /// <summary>Runs <paramref name="work"/> with the services of a fresh scope, as one request would.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task WithScopeAsync(Func<IServiceProvider, Task> work) => WithScopeAsync(async s =>
    {
        await work(s);
        return true;
    });

    /// <summary>Waits for the dispatcher to deliver a message matching <paramref name="match"/> to the dev outbox.</summary>
    public async Task<Nerava.Api.Data.Entities.DevOutboxEntry> WaitForOutboxAsync(string to, Func<string, bool>? match = null,
        TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(45));
        while (DateTime.UtcNow < deadline)
        {
            var entries = await WithDbAsync(db => db.DevOutbox.AsNoTracking().Where(e => e.To == to).ToListAsync());
            var hit = entries.OrderByDescending(e => e.CreatedAt).FirstOrDefault(e => match?.Invoke(e.Body) ?? true);
            if (hit is not null)
            {
                return hit;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No outbox message to {to} within the timeout.");
    }

    public async Task<string> RequestOtpAsync(string phone)
    {
        using var client = CreateClient();
        var started = DateTimeOffset.UtcNow;
        (await client.PostAsJsonAsync("/v1/auth/otp/start", new { phone })).EnsureSuccessStatusCode();
        var sms = await WaitForOutboxAsync(phone, body => body.Contains("code", StringComparison.Ordinal));
        return System.Text.RegularExpressions.Regex.Match(sms.Body, @"\b(\d{6})\b").Groups[1].Value;
    }

    public async Task<(HttpClient Client, TokenBody Tokens)> LoginDriverAsync(string? phone = null)
    {
        phone ??= NewPhone();
        var code = await RequestOtpAsync(phone);
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/v1/auth/otp/verify", new { phone, code });
        response.EnsureSuccessStatusCode();
        var tokens = (await response.Content.ReadFromJsonAsync<TokenBody>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.access_token);
        return (client, tokens);
    }

    public async Task<HttpClient> LoginStaffAsync(string email = "staff@demo.nerava.test", string password = "demo-password-1")
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/v1/merchant/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var tokens = (await response.Content.ReadFromJsonAsync<TokenBody>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.access_token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (database == TestDatabase.Postgres)
        {
            // Idle pooled connections would outlive the factory and, test after test, fill the server's max_connections. The
            // API's pool uses the tuned connection string (PostgresConnectionTuning), the test's own queries the given one.
            foreach (var cs in new[] { connectionString, Nerava.Api.Data.PostgresConnectionTuning.Apply(connectionString) })
            {
                await using var connection = new Npgsql.NpgsqlConnection(cs);
                Npgsql.NpgsqlConnection.ClearPool(connection);
            }
        }

        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file briefly; the temp folder is cleaned by the OS.
        }
    }
}

#pragma warning disable IDE1006 // Wire names.
public sealed record TokenBody(string access_token, string refresh_token, int expires_in, string token_type);
#pragma warning restore IDE1006
