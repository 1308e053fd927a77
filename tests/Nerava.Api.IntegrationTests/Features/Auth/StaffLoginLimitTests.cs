using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.IntegrationTests.Features.Auth;

/// <summary>Merchant login limits, kept in the shared database: per account (lockout, growing backoff) and per address.</summary>
public sealed class StaffLoginLimitTests
{
    private const string Password = "the-right-password-42";

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Repeated_failures_lock_the_account_with_retry_after_and_the_owner_logs_in_after_the_lockout(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?> { ["Auth:Login:Lockout"] = "00:00:03" });
        var email = await NewStaffAsync(api);
        var client = api.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            await ProblemAssert.IsAsync(await LoginAsync(client, email, "wrong"), HttpStatusCode.Unauthorized, "INVALID_CREDENTIALS");
        }

        var locked = await LoginAsync(client, email, Password); // Even the right password waits out the lock.
        await ProblemAssert.IsAsync(locked, HttpStatusCode.TooManyRequests, "LOGIN_LOCKED");
        var first = locked.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(first.TotalSeconds, 1, 3);

        await WaitAsync(first);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, email, "still-wrong")).StatusCode);
        }

        var again = await LoginAsync(client, email, "wrong");
        await ProblemAssert.IsAsync(again, HttpStatusCode.TooManyRequests, "LOGIN_LOCKED");
        var second = again.Headers.RetryAfter!.Delta!.Value;
        Assert.True(second > first, $"The second lockout ({second}) should be longer than the first ({first}).");

        await WaitAsync(second);
        var owner = await LoginAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, email, "typo")).StatusCode); // The slate is clean again.
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Sixty_concurrent_wrong_passwords_get_at_most_the_limit_checked(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db);
        var email = await NewStaffAsync(api);

        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => LoginAsync(api.CreateClient(), email, $"guess-{i}")));

        var checkedCount = responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized);
        Assert.InRange(checkedCount, 1, 5);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Unauthorized), r =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
            Assert.NotNull(r.Headers.RetryAfter);
        });
        Assert.Equal(HttpStatusCode.TooManyRequests, (await LoginAsync(api.CreateClient(), email, Password)).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Failures_from_one_address_across_accounts_are_limited(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?> { ["Auth:Login:MaxFailuresPerIp"] = "3" });
        var client = api.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, $"nobody-{i}@example.test", "guess")).StatusCode);
        }

        var limited = await LoginAsync(client, "staff@demo.nerava.test", "demo-password-1");

        await ProblemAssert.IsAsync(limited, HttpStatusCode.TooManyRequests, "LOGIN_RATE_LIMITED");
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalMinutes, 14, 15.1);
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/v1/merchant/auth/login", new { email, password });

    private static async Task WaitAsync(TimeSpan retryAfter) => await Task.Delay(retryAfter + TimeSpan.FromMilliseconds(300));

    /// <summary>A staff account of the demo merchant with <see cref="Password"/>, unique to the test.</summary>
    private static async Task<string> NewStaffAsync(NeravaApiFactory api)
    {
        var email = $"staff-{Guid.NewGuid():N}@demo.nerava.test";
        await api.WithScopeAsync(async services =>
        {
            var hasher = services.GetRequiredService<IPasswordHasher<MerchantStaff>>();
            var staff = new MerchantStaff { Id = Guid.NewGuid(), MerchantId = Demo.StaffMerchant, Email = email, Name = "Test staff", PasswordHash = "" };
            staff.PasswordHash = hasher.HashPassword(staff, Password);
            var db = services.GetRequiredService<Nerava.Api.Data.NeravaDbContext>();
            db.MerchantStaff.Add(staff);
            await db.SaveChangesAsync();
        });
        return email;
    }
}
