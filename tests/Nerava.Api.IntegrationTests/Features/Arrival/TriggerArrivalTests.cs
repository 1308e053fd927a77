using Microsoft.EntityFrameworkCore;

namespace Nerava.Api.IntegrationTests.Features.Arrival;

/// <summary>The existing system's trigger-arrival and merchant-confirm defaults, through our policy and guards.</summary>
public sealed class TriggerArrivalTests
{
    // Pete's Tako House, 220 m' walk from the San Antonio charger.
    private const double MerchantLat = 29.432856, MerchantLng = -98.484306;

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Within_500_m_of_the_merchant_arrives_releases_the_queued_order_and_estimates_ready_time(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.BindOrderAsync(id)).EnsureSuccessStatusCode();
        (await driver.PostAsJsonAsync($"/v1/arrival/{id}/queue-order", new { order_number = "A-1042" })).EnsureSuccessStatusCode();
        // About 400 m north of the merchant: outside the charger's 250 m, inside the merchant's 500 m.
        var lat = MerchantLat + 0.0035;

        var response = await driver.PostAsJsonAsync($"/v1/arrival/{id}/trigger-arrival", new { lat, lng = MerchantLng, accuracy_m = 10 });
        var again = await driver.PostAsJsonAsync($"/v1/arrival/{id}/trigger-arrival", new { lat, lng = MerchantLng, accuracy_m = 10 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(body.GetProperty("status").GetString(), new[] { "arrived", "merchant_notified" });
        Assert.True(body.GetProperty("order_released").GetBoolean());
        // 8 min prep + ceil(~400 m / 80 m/min) = 13.
        Assert.Equal(13, body.GetProperty("estimated_ready_minutes").GetInt32());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await api.WithDbAsync(d => d.Outbox.CountAsync(m => m.SessionId == Guid.Parse(id) && m.Kind == "kitchen_fire" && m.Channel == "sms")));
        Assert.Equal("phone_geofence", await api.WithDbAsync(d => d.Sessions.Where(s => s.Id == Guid.Parse(id)).Select(s => s.ArrivalSource).SingleAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Too_far_a_canceled_session_or_another_drivers_session_is_refused(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db);
        var (driver, _) = await api.LoginDriverAsync();
        var (other, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.BindOrderAsync(id)).EnsureSuccessStatusCode();

        var far = await driver.PostAsJsonAsync($"/v1/arrival/{id}/trigger-arrival", new { lat = MerchantLat + 0.01, lng = MerchantLng, accuracy_m = 10 });
        var foreign = await other.PostAsJsonAsync($"/v1/arrival/{id}/trigger-arrival", new { lat = MerchantLat, lng = MerchantLng, accuracy_m = 10 });
        var garbage = await driver.PostAsJsonAsync($"/v1/arrival/{id}/trigger-arrival", new { lat = 91, lng = MerchantLng });
        (await driver.PostAsync($"/v1/arrival/{id}/cancel", null)).EnsureSuccessStatusCode();
        var revived = await driver.PostAsJsonAsync($"/v1/arrival/{id}/trigger-arrival", new { lat = MerchantLat, lng = MerchantLng, accuracy_m = 10 });

        await ProblemAssert.IsAsync(far, HttpStatusCode.BadRequest, "TOO_FAR_FROM_MERCHANT");
        await ProblemAssert.IsAsync(foreign, HttpStatusCode.NotFound, "SESSION_NOT_FOUND");
        await ProblemAssert.IsAsync(garbage, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.Equal(HttpStatusCode.Conflict, revived.StatusCode);
        Assert.Equal("canceled", await api.StatusAsync(id));
        Assert.Equal(0, await api.WithDbAsync(d => d.Outbox.CountAsync(m => m.SessionId == Guid.Parse(id) && m.Kind == "kitchen_fire")));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Merchant_confirm_without_confirmed_defaults_to_true_and_false_is_refused(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db);
        var (driver, _) = await api.LoginDriverAsync();
        var staff = await api.LoginStaffAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.BindOrderAsync(id)).EnsureSuccessStatusCode();
        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();
        // Let the dispatcher's arrived → merchant_notified step land first: this test is about the body, not that race.
        await api.WaitForStatusAsync(id, "merchant_notified");

        var no = await staff.PostAsJsonAsync($"/v1/arrival/{id}/merchant-confirm", new { confirmed = false });
        var yes = await staff.PostAsJsonAsync($"/v1/arrival/{id}/merchant-confirm", new { merchant_reported_total_cents = 5000 });

        await ProblemAssert.IsAsync(no, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.Equal(HttpStatusCode.OK, yes.StatusCode);
        Assert.Equal(250, (await yes.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("billable_amount_cents").GetInt32());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_stall_number_reaches_the_merchant_board_and_a_session_without_a_position_holds_two_hours(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db);
        var (driver, _) = await api.LoginDriverAsync();
        var staff = await api.LoginStaffAsync();
        var create = await driver.PostCreateAsync(new { merchant_id = Demo.StaffMerchant, charger_id = Demo.SanAntonioCharger, arrival_type = "ev_curbside" });
        Assert.True(create.StatusCode == HttpStatusCode.Created, await create.Content.ReadAsStringAsync());
        var session = await create.Content.ReadFromJsonAsync<JsonElement>();
        var id = session.Id();

        var stall = await driver.PutAsJsonAsync($"/v1/arrival/{id}/stall", new { stall = "7" });
        var bad = await driver.PutAsJsonAsync($"/v1/arrival/{id}/stall", new { stall = "<script>" });
        var board = await staff.GetFromJsonAsync<JsonElement[]>("/v1/merchant/arrivals");

        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var hold = session.GetProperty("expires_at").GetDateTimeOffset() - session.GetProperty("created_at").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromHours(2), hold);
        Assert.Equal(HttpStatusCode.OK, stall.StatusCode);
        await ProblemAssert.IsAsync(bad, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.Equal("7", board!.Single(a => a.GetProperty("session_id").GetString() == id).GetProperty("stall").GetString());
    }
}
