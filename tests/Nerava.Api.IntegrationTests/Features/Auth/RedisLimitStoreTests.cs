namespace Nerava.Api.IntegrationTests.Features.Auth;

/// <summary>With Redis configured the limits live there, and hold under the same races as in the database.</summary>
public sealed class RedisLimitStoreTests
{
    private static Task<NeravaApiFactory> StartAsync(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Realtime:RedisConnection"] = $"redis://{RedisServer.Address}/0",
            ["Auth:LimitKeyPrefix"] = $"test-{Guid.NewGuid():N}", // This Redis outlives the test.
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return NeravaApiFactory.CreateAsync(TestDatabase.Sqlite, settings);
    }

    [Fact]
    public async Task Sixty_concurrent_sends_take_exactly_the_hourly_budget()
    {
        await using var api = await StartAsync(new Dictionary<string, string?> { ["Auth:MaxCodesPerHour"] = "7" });

        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ =>
            api.CreateClient().PostAsJsonAsync("/v1/auth/otp/start", new { phone = NeravaApiFactory.NewPhone() })));

        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Accepted));
        Assert.Equal(53, responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests && r.Headers.RetryAfter is not null));
    }

    [Fact]
    public async Task Sixty_concurrent_wrong_passwords_get_at_most_the_limit_checked_and_the_owner_gets_in_after()
    {
        await using var api = await StartAsync(new Dictionary<string, string?> { ["Auth:Login:Lockout"] = "00:00:02" });
        const string email = "staff@demo.nerava.test";

        var responses = await Task.WhenAll(Enumerable.Range(0, 60)
            .Select(i => api.CreateClient().PostAsJsonAsync("/v1/merchant/auth/login", new { email, password = $"guess-{i}" })));
        var locked = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        await Task.Delay(locked.Headers.RetryAfter!.Delta!.Value + TimeSpan.FromMilliseconds(300));

        Assert.InRange(responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized), 1, 5);
        await ProblemAssert.IsAsync(locked, HttpStatusCode.TooManyRequests, "LOGIN_LOCKED");
        Assert.NotNull(await api.LoginStaffAsync(email));
    }
}
