using Microsoft.EntityFrameworkCore;

namespace Nerava.Api.IntegrationTests.Features.Smartcar;

/// <summary>A driver whose car connection dies is never stranded: told so, "I'm here" works, reconnecting resumes tracking.</summary>
public sealed class ReconnectTests
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_revoked_token_stops_tracking_visibly_and_reconnecting_reactivates_it(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?>
        {
            ["Tracking:IdleDelay"] = "00:00:00.100",
            ["Tracking:MaxCallsPerVehiclePerHour"] = "1000",
        });
        var (driver, _) = await api.LoginDriverAsync();
        var vehicle = await api.ConnectCarAsync(driver, Demo.SanAntonioChargerLat + 0.05, Demo.SanAntonioChargerLng);
        var create = await driver.PostCreateAsync(new
        {
            merchant_id = Demo.StaffMerchant,
            charger_id = Demo.SanAntonioCharger,
            arrival_type = "ev_curbside",
            lat = Demo.SanAntonioChargerLat + 0.05,
            lng = Demo.SanAntonioChargerLng,
            use_smartcar = true,
        });
        var id = Guid.Parse((await create.Content.ReadFromJsonAsync<JsonElement>()).Id());
        (await driver.BindOrderAsync(id.ToString())).EnsureSuccessStatusCode();
        // Two: the v3 client retries a 401 once with a fresh application token.
        (await api.CreateClient().PostAsJsonAsync($"/smartcar-sim/admin/vehicles/{vehicle}/errors",
            new { type = "AUTHENTICATION", code = (string?)null, status_code = 401, count = 2 })).EnsureSuccessStatusCode();

        await WaitAsync(api, async () => (await Tracked(api, id)).Active == false, "tracking to stop on the revoked token");
        var status = await driver.GetFromJsonAsync<JsonElement>($"/v1/arrival/{id}/smartcar-status");
        var connection = await driver.GetFromJsonAsync<JsonElement>("/v1/smartcar/status");
        Assert.Equal("needs_reconnect", status.GetProperty("connection_issue").GetString());
        Assert.True(connection.GetProperty("needs_reconnect").GetBoolean());

        var polledBefore = (await Tracked(api, id)).PollCount;
        var callback = await api.ApproveAsync(await driver.StateFromConnectAsync(), vehicle);

        Assert.Equal("/smartcar-success", callback.Headers.Location?.ToString());
        var resumed = await driver.GetFromJsonAsync<JsonElement>($"/v1/arrival/{id}/smartcar-status");
        Assert.Equal(JsonValueKind.Null, resumed.GetProperty("connection_issue").ValueKind);
        await WaitAsync(api, async () => (await Tracked(api, id)) is { Active: true } t && t.PollCount > polledBefore, "a poll after reconnecting");
        Assert.Equal(vehicle, await api.WithDbAsync(d => d.Sessions.Where(s => s.Id == id).Select(s => s.SmartcarVehicleId).SingleAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Im_here_still_checks_in_a_smartcar_session_whose_connection_died(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?> { ["Tracking:IdleDelay"] = "01:00:00" });
        var (driver, _) = await api.LoginDriverAsync();
        await api.ConnectCarAsync(driver);
        var create = await driver.PostCreateAsync(new
        {
            merchant_id = Demo.StaffMerchant,
            charger_id = Demo.SanAntonioCharger,
            arrival_type = "ev_curbside",
            lat = Demo.DallasLat,
            lng = Demo.DallasLng,
            use_smartcar = true,
        });
        var id = (await create.Content.ReadFromJsonAsync<JsonElement>()).Id();
        (await driver.BindOrderAsync(id)).EnsureSuccessStatusCode();
        await api.WithDbAsync(d => d.SmartcarConnections.ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, "needs_reconnect")));

        var checkIn = await driver.ImHereAsync(id);

        Assert.Equal(HttpStatusCode.OK, checkIn.StatusCode);
        Assert.Contains(await api.StatusAsync(id), new[] { "arrived", "merchant_notified" });
    }

    private static Task<Nerava.Api.Data.Entities.TrackedSession> Tracked(NeravaApiFactory api, Guid id) =>
        api.WithDbAsync(d => d.TrackedSessions.AsNoTracking().SingleAsync(t => t.SessionId == id));

    private static async Task WaitAsync(NeravaApiFactory api, Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                var t = await api.WithDbAsync(d => d.TrackedSessions.AsNoTracking().ToListAsync());
                var c = await api.WithDbAsync(d => d.SmartcarConnections.AsNoTracking().Select(x => x.Status).ToListAsync());
                Assert.Fail($"Timed out waiting for {what}: tracked={string.Join(",", t.Select(x => $"{x.Active}/{x.PollCount}"))} " +
                    $"connections={string.Join(",", c)} calls={string.Join(" ", api.SmartcarCalls.TakeLast(6))}");
            }

            await api.WithDbAsync(d => d.TrackedSessions.Where(t => t.Active)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.NextPollAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
            await Task.Delay(200);
        }
    }
}
