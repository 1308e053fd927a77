using Microsoft.EntityFrameworkCore;

namespace Nerava.Api.IntegrationTests.Features.Smartcar;

public sealed class ConnectFlowTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Connect_links_the_car_and_fills_make_and_model(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();

        var vehicle = await api.ConnectCarAsync(driver);

        var status = await driver.GetFromJsonAsync<JsonElement>("/v1/smartcar/status");
        Assert.True(status.GetProperty("connected").GetBoolean());
        Assert.Equal(vehicle, status.GetProperty("vehicle").GetProperty("id").GetString());
        var me = await driver.GetFromJsonAsync<JsonElement>("/v1/me");
        Assert.Equal("HYUNDAI Ioniq 5", me.GetProperty("vehicle").GetProperty("model").GetString());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("vehicle").GetProperty("color").ValueKind);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Forged_reused_and_expired_states_link_nothing(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var vehicle = await api.AddSimulatedCarAsync();

        var forged = await api.ApproveAsync("forged-state-" + Guid.NewGuid(), vehicle);
        var state = await driver.StateFromConnectAsync();
        var first = await api.ApproveAsync(state, vehicle);
        var reused = await api.ApproveAsync(state, vehicle);
        var expiring = await driver.StateFromConnectAsync();
        await api.WithDbAsync(async d =>
        {
            foreach (var s in await d.OAuthStates.Where(s => s.ConsumedAt == null).ToListAsync())
            {
                s.ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1);
            }

            return await d.SaveChangesAsync();
        });
        var expired = await api.ApproveAsync(expiring, vehicle);

        Assert.Equal("/smartcar-error?reason=invalid_state", forged.Headers.Location?.ToString());
        Assert.Equal("/smartcar-success", first.Headers.Location?.ToString());
        Assert.Equal("/smartcar-error?reason=invalid_state", reused.Headers.Location?.ToString());
        Assert.Equal("/smartcar-error?reason=invalid_state", expired.Headers.Location?.ToString());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Two_drivers_racing_each_get_only_their_own_car(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (alice, _) = await api.LoginDriverAsync();
        var (bob, _) = await api.LoginDriverAsync();
        var aliceCar = await api.AddSimulatedCarAsync();
        var bobCar = await api.AddSimulatedCarAsync();
        var aliceState = await alice.StateFromConnectAsync();
        var bobState = await bob.StateFromConnectAsync();

        await Task.WhenAll(api.ApproveAsync(aliceState, aliceCar), api.ApproveAsync(bobState, bobCar));

        Assert.Equal(aliceCar, (await alice.GetFromJsonAsync<JsonElement>("/v1/smartcar/status")).GetProperty("vehicle").GetProperty("id").GetString());
        Assert.Equal(bobCar, (await bob.GetFromJsonAsync<JsonElement>("/v1/smartcar/status")).GetProperty("vehicle").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Denied_consent_redirects_to_the_error_page()
    {
        var api = await fixture.For(TestDatabase.Sqlite);
        var (driver, _) = await api.LoginDriverAsync();
        var state = await driver.StateFromConnectAsync();
        var browser = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await browser.GetAsync($"/v1/smartcar/callback?error=access_denied&state={state}");

        Assert.Equal("/smartcar-error?reason=access_denied", response.Headers.Location?.ToString());
        Assert.False((await driver.GetFromJsonAsync<JsonElement>("/v1/smartcar/status")).GetProperty("connected").GetBoolean());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Create_with_use_smartcar_records_the_vehicle_and_disconnect_revokes(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var vehicle = await api.ConnectCarAsync(driver);

        var session = await driver.CreateSessionFromDallasAsync();
        var created = await driver.PostCreateAsync(new { merchant_id = Demo.StaffMerchant, arrival_type = "ev_curbside", lat = 29.4, lng = -98.4, use_smartcar = true });
        (await driver.PostAsync($"/v1/arrival/{session.Id()}/cancel", null)).EnsureSuccessStatusCode();
        var tracked = await driver.PostCreateAsync(new
        {
            merchant_id = Demo.StaffMerchant,
            charger_id = Demo.SanAntonioCharger,
            arrival_type = "ev_curbside",
            lat = 29.4,
            lng = -98.4,
            use_smartcar = true,
            target_soc_percent = 80,
        });
        var body = await tracked.Content.ReadFromJsonAsync<JsonElement>();
        var disconnect = await driver.PostAsync("/v1/smartcar/disconnect", null);
        var status = await driver.GetFromJsonAsync<JsonElement>("/v1/smartcar/status");

        Assert.Equal(HttpStatusCode.Conflict, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, tracked.StatusCode);
        Assert.True(body.GetProperty("smartcar_enabled").GetBoolean());
        var row = await api.WithDbAsync(d => d.Sessions.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(body.Id())));
        Assert.Equal(vehicle, row.SmartcarVehicleId);
        Assert.Equal(HttpStatusCode.OK, disconnect.StatusCode);
        Assert.False(status.GetProperty("connected").GetBoolean());
    }
}
