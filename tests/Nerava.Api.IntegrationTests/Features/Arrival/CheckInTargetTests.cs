using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.IntegrationTests.Features.Arrival;

/// <summary>A check-in is verified at the session's own site: a session for San Antonio cannot arrive anywhere else.</summary>
public sealed class CheckInTargetTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Checking_in_at_a_Dallas_charger_is_WRONG_CHARGER_and_changes_nothing(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.BindOrderAsync(id)).EnsureSuccessStatusCode();

        var response = await driver.ImHereAsync(id, Demo.DallasChargerLat, Demo.DallasChargerLng, Demo.DallasCharger);

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "WRONG_CHARGER");
        Assert.Equal(Demo.SanAntonioCharger, problem.GetProperty("session_charger_id").GetString());
        Assert.Contains("San Antonio", problem.GetProperty("session_charger_name").GetString(), StringComparison.Ordinal);
        Assert.InRange(problem.GetProperty("distance_m").GetDouble(), 380_000, 420_000);
        await AssertUntouchedAsync(api, id, "awaiting_arrival", Demo.SanAntonioCharger);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_far_charger_is_WRONG_CHARGER_and_the_own_charger_from_afar_is_TOO_FAR(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.BindOrderAsync(id)).EnsureSuccessStatusCode();

        var named = await driver.ImHereAsync(id, Demo.NewBraunfelsChargerLat, Demo.NewBraunfelsChargerLng, Demo.NewBraunfelsCharger);
        var own = await driver.ImHereAsync(id, Demo.NewBraunfelsChargerLat, Demo.NewBraunfelsChargerLng, Demo.SanAntonioCharger);

        var wrong = await ProblemAssert.IsAsync(named, HttpStatusCode.BadRequest, "WRONG_CHARGER");
        Assert.InRange(wrong.GetProperty("distance_m").GetDouble(), 45_000, 60_000);
        var far = await ProblemAssert.IsAsync(own, HttpStatusCode.BadRequest, "TOO_FAR_FROM_CHARGER");
        Assert.InRange(far.GetProperty("distance_m").GetDouble(), 45_000, 60_000);
        await AssertUntouchedAsync(api, id, "awaiting_arrival", Demo.SanAntonioCharger);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_neighbouring_stall_bank_of_the_same_merchant_is_accepted_and_the_change_recorded(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = await CreateAtSanMarcosAsync(driver, Demo.SanMarcosTesla);
        var order = $"N-{Guid.NewGuid():N}"[..10];
        (await driver.BindOrderAsync(id, order)).EnsureSuccessStatusCode();

        var response = await driver.ImHereAsync(id, Demo.SanMarcosEaLat, Demo.SanMarcosEaLng, Demo.SanMarcosEa);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var session = await driver.GetFromJsonAsync<JsonElement>($"/v1/arrival/{id}");
        Assert.Equal((Demo.SanMarcosEa, Demo.SanMarcosTesla), (session.GetProperty("charger_id").GetString(), session.GetProperty("previous_charger_id").GetString()));
        var eaName = await api.WithDbAsync(d => d.Chargers.Where(c => c.Id == Demo.SanMarcosEa).Select(c => c.Name).SingleAsync());
        var sms = await api.WaitForOutboxAsync(await api.MerchantPhoneAsync(Demo.SanMarcosMerchant), b => b.Contains(order, StringComparison.Ordinal));
        Assert.Contains($"At: {eaName}", sms.Body, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Without_a_session_charger_a_check_in_is_verified_at_the_merchant_or_a_linked_charger(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (atDoor, _) = await api.LoginDriverAsync();
        var (atStall, _) = await api.LoginDriverAsync();
        var doorId = await CreateAtSanMarcosAsync(atDoor, null);
        var stallId = await CreateAtSanMarcosAsync(atStall, null);

        // Naming a charger the merchant is not linked to: verified at the merchant's own door, and the session keeps no charger.
        var door = await atDoor.ImHereAsync(doorId, Demo.SanMarcosMerchantLat, Demo.SanMarcosMerchantLng, Demo.DallasCharger);
        var stall = await atStall.ImHereAsync(stallId, Demo.SanMarcosEaLat, Demo.SanMarcosEaLng, Demo.SanMarcosEa);

        Assert.Equal(HttpStatusCode.OK, door.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stall.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await atDoor.GetFromJsonAsync<JsonElement>($"/v1/arrival/{doorId}")).GetProperty("charger_id").ValueKind);
        Assert.Equal(Demo.SanMarcosEa, (await atStall.GetFromJsonAsync<JsonElement>($"/v1/arrival/{stallId}")).GetProperty("charger_id").GetString());
    }

    private static async Task<string> CreateAtSanMarcosAsync(HttpClient driver, string? charger)
    {
        var response = await driver.PostCreateAsync(new
        {
            merchant_id = Demo.SanMarcosMerchant,
            charger_id = charger,
            arrival_type = "ev_curbside",
            lat = Demo.DallasLat,
            lng = Demo.DallasLng,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Id();
    }

    private static async Task AssertUntouchedAsync(NeravaApiFactory api, string id, string status, string charger)
    {
        var row = await api.WithDbAsync(d => d.Sessions.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(id)));
        Assert.Equal(status, await api.StatusAsync(id));
        Assert.Equal((charger, (string?)null, (DateTimeOffset?)null), (row.ChargerId, row.PreviousChargerId, row.GeofenceEnteredAt));
        Assert.False(await api.WithDbAsync(d => d.Outbox.AnyAsync(m => m.SessionId == Guid.Parse(id) && m.Kind == OutboxKinds.KitchenFire)));
    }
}
