namespace Nerava.Api.IntegrationTests.Features.Hosting;

/// <summary>
/// PostgreSQL stopped mid-run: every endpoint answers 503 DATABASE_UNAVAILABLE with Retry-After (issue #10 saw 500s and a
/// text/plain readiness answer); once it is started again the same API answers 200s, without a restart.
/// </summary>
public sealed class DatabaseOutageTests
{
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Database_down_is_503_with_retry_after_and_the_api_recovers_without_a_restart()
    {
        await using var postgres = await DedicatedPostgres.StartAsync();
        var dir = Directory.CreateTempSubdirectory("nerava-outage-").FullName;
        await using var api = new NeravaApiFactory(TestDatabase.Postgres, await postgres.CreateDatabaseAsync(), dir,
            new Dictionary<string, string?>());
        var (driver, _) = await api.LoginDriverAsync();
        var (idle, _) = await api.LoginDriverAsync();
        var staff = await api.LoginStaffAsync();
        var anonymous = api.CreateClient();
        (await driver.CreateSessionFromDallasAsync()).Id();
        var calls = Calls(driver, idle, staff, anonymous);

        await postgres.StopAsync();

        foreach (var (name, call) in calls)
        {
            using var response = await call();
            var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.ServiceUnavailable, "DATABASE_UNAVAILABLE");
            Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"{name}: Retry-After {response.Headers.RetryAfter}");
            Assert.Equal(503, problem.GetProperty("status").GetInt32());
        }

        await postgres.StartAgainAsync();

        await WaitUntilReadyAsync(anonymous);
        foreach (var (name, call) in calls)
        {
            using var response = await call();
            Assert.True(response.IsSuccessStatusCode, $"{name} after recovery: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        // Background work recovers too: the code requested after the outage is delivered.
        var phone = NeravaApiFactory.NewPhone();
        (await anonymous.PostAsJsonAsync("/v1/auth/otp/start", new { phone })).EnsureSuccessStatusCode();
        await api.WaitForOutboxAsync(phone, timeout: RecoveryTimeout);
    }

    private static List<(string Name, Func<Task<HttpResponseMessage>> Call)> Calls(HttpClient driver, HttpClient idle, HttpClient staff,
        HttpClient anonymous) =>
    [
        ("GET /v1/me", () => driver.GetAsync("/v1/me")),
        ("GET /v1/arrival/active", () => driver.GetAsync("/v1/arrival/active")),
        ("GET /v1/merchant/arrivals", () => staff.GetAsync("/v1/merchant/arrivals")),
        ("GET /v1/merchant/settings", () => staff.GetAsync("/v1/merchant/settings")),
        ("GET /v1/chargers/{id}", () => anonymous.GetAsync($"/v1/chargers/{Demo.SanAntonioCharger}")),
        ("GET /v1/chargers", () => anonymous.GetAsync($"/v1/chargers?lat={Demo.SanAntonioChargerLat}&lng={Demo.SanAntonioChargerLng}")),
        ("POST /v1/arrival/create", () => idle.PostCreateAsync(new
        {
            merchant_id = Demo.StaffMerchant, charger_id = Demo.SanAntonioCharger, arrival_type = "ev_curbside",
            lat = Demo.DallasLat, lng = Demo.DallasLng,
        }, Guid.NewGuid().ToString())),
        ("POST /v1/auth/otp/start", () => anonymous.PostAsJsonAsync("/v1/auth/otp/start", new { phone = NeravaApiFactory.NewPhone() })),
        ("POST /v1/merchant/auth/login", () => anonymous.PostAsJsonAsync("/v1/merchant/auth/login",
            new { email = "staff@demo.nerava.test", password = "demo-password-1" })),
        ("GET /health/ready", () => anonymous.GetAsync("/health/ready")),
    ];

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow + RecoveryTimeout;
        while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, "The API never became ready after the database came back.");
            await Task.Delay(200);
        }
    }
}
