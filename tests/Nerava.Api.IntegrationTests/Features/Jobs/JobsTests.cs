using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Features.Jobs;

namespace Nerava.Api.IntegrationTests.Features.Jobs;

public sealed class JobsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Sweep_expires_stale_sessions_but_not_a_driver_still_on_the_way(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (stale, _) = await api.LoginDriverAsync();
        var (onTheWay, _) = await api.LoginDriverAsync();
        var staleId = (await stale.CreateSessionFromDallasAsync()).Id();
        var movingId = (await onTheWay.CreateSessionFromDallasAsync()).Id();
        await api.WithDbAsync(async d =>
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var row in await d.Sessions.Where(s => s.Id == Guid.Parse(staleId) || s.Id == Guid.Parse(movingId)).ToListAsync())
            {
                (row.CreatedAt, row.ExpiresAt) = (now.AddHours(-3), now.AddHours(-1));
                if (row.Id == Guid.Parse(movingId))
                {
                    // A tracked car 90 minutes out, fixed a minute ago: must not expire yet.
                    (row.SmartcarLastLocationAt, row.SmartcarEtaMinutes) = (now.AddMinutes(-1), 90);
                }
            }

            return await d.SaveChangesAsync();
        });

        var expired = await RunSweepAsync(api);

        Assert.True(expired >= 1);
        Assert.Equal("expired", await api.StatusAsync(staleId));
        Assert.Equal("pending_order", await api.StatusAsync(movingId));
    }

    [Fact]
    public async Task Dashboard_needs_credentials()
    {
        await using var api = await NeravaApiFactory.CreateAsync(TestDatabase.Sqlite,
            new Dictionary<string, string?> { ["Jobs:DashboardPassword"] = "dashboard-test-password" });
        var client = api.CreateClient();

        var anonymous = await client.GetAsync("/hangfire");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("admin:dashboard-test-password"u8.ToArray()));
        var admin = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Dashboard_is_closed_to_drivers()
    {
        var api = await fixture.For(TestDatabase.Sqlite);
        var (driver, _) = await api.LoginDriverAsync();

        var response = await driver.GetAsync("/hangfire");

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, response.StatusCode.ToString());
    }

    private static async Task<int> RunSweepAsync(NeravaApiFactory api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ExpirySweepJob>().RunAsync(CancellationToken.None);
    }
}
