using Microsoft.EntityFrameworkCore;

namespace Nerava.Api.IntegrationTests.Features.Arrival;

public sealed class ArrivalFlowTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Order_from_Dallas_fires_only_on_arrival_in_San_Antonio_and_bills_five_percent(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        await driver.PutAsJsonAsync("/v1/me/vehicle", new { color = "Red", model = "Kia EV6" });
        var order = $"D-{Guid.NewGuid():N}"[..10];

        var created = await driver.CreateSessionFromDallasAsync();
        var id = created.Id();
        Assert.Equal("pending_order", created.GetProperty("status").GetString());
        Assert.False(created.GetProperty("vehicle_required").GetBoolean());
        // ~440 km of road: the session must outlive the drive, not the existing system's 2 hours.
        var lifetime = created.GetProperty("expires_at").GetDateTimeOffset() - created.GetProperty("created_at").GetDateTimeOffset();
        Assert.True(lifetime > TimeSpan.FromHours(4), $"lifetime {lifetime}");

        (await driver.BindOrderAsync(id, order, 4500)).EnsureSuccessStatusCode();
        Assert.Equal("awaiting_arrival", await api.StatusAsync(id));
        var phone = await api.MerchantPhoneAsync();
        var early = await api.WithDbAsync(d => d.DevOutbox.CountAsync(e => e.Body.Contains(order)));
        Assert.Equal(0, early);

        var checkIn = await driver.ImHereAsync(id);
        var checkInBody = await checkIn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, checkIn.StatusCode);
        Assert.Equal("arrived", checkInBody.GetProperty("status").GetString());
        Assert.Contains("sms", checkInBody.GetProperty("notification_method").GetString(), StringComparison.Ordinal);

        var sms = await api.WaitForOutboxAsync(phone, b => b.Contains(order, StringComparison.Ordinal));
        var session = await driver.GetFromJsonAsync<JsonElement>($"/v1/arrival/{id}");
        var code = await api.WithDbAsync(d => d.Sessions.Where(s => s.Id == Guid.Parse(id)).Select(s => s.MerchantReplyCode).SingleAsync());
        Assert.Contains($"DONE {code}", sms.Body, StringComparison.Ordinal);
        Assert.Contains("Red Kia EV6", sms.Body, StringComparison.Ordinal);
        Assert.Contains("San Antonio", sms.Body, StringComparison.Ordinal);
        Assert.Equal("manual", session.GetProperty("arrival_source").GetString());
        await api.WaitForStatusAsync(id, "merchant_notified");

        var staff = await api.LoginStaffAsync();
        var confirm = await staff.PostAsJsonAsync($"/v1/arrival/{id}/merchant-confirm", new { confirmed = true, merchant_reported_total_cents = 5000 });
        var confirmed = await confirm.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal("completed", confirmed.GetProperty("status").GetString());
        Assert.Equal(250, confirmed.GetProperty("billable_amount_cents").GetInt32());
        var billing = await api.WithDbAsync(d => d.BillingEvents.SingleAsync(b => b.SessionId == Guid.Parse(id)));
        Assert.Equal(("merchant_reported", 5000, 500), (billing.TotalSource, billing.TotalCents, billing.FeeBps));

        var feedback = await driver.PostAsJsonAsync($"/v1/arrival/{id}/feedback", new { rating = "up", comment = "Hot food, perfect." });
        Assert.Equal(HttpStatusCode.OK, feedback.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await driver.GetFromJsonAsync<JsonElement>("/v1/arrival/active")).GetProperty("session").ValueKind);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Check_in_far_from_the_charger_is_400_with_distance_and_changes_nothing(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();

        var response = await driver.ImHereAsync(id, lat: Demo.SanAntonioChargerLat + 0.01);

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "TOO_FAR_FROM_CHARGER");
        Assert.InRange(problem.GetProperty("distance_m").GetDouble(), 1000, 1200);
        Assert.Equal("pending_order", await api.StatusAsync(id));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Merchant_cannot_confirm_before_arrival(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.BindOrderAsync(id)).EnsureSuccessStatusCode();
        var staff = await api.LoginStaffAsync();

        var response = await staff.PostAsJsonAsync($"/v1/arrival/{id}/merchant-confirm", new { confirmed = true });

        await ProblemAssert.IsAsync(response, HttpStatusCode.Conflict, "NOT_ARRIVED");
        Assert.Equal("awaiting_arrival", await api.StatusAsync(id));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Confirm_without_any_total_completes_unbillable(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.BindOrderAsync(id, estimate: null)).EnsureSuccessStatusCode();
        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();
        var staff = await api.LoginStaffAsync();

        var response = await staff.PostAsJsonAsync($"/v1/merchant/arrivals/{id}/confirm", new { confirmed = true });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("completed_unbillable", body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("billable_amount_cents").ValueKind);
        Assert.False(await api.WithDbAsync(d => d.BillingEvents.AnyAsync(b => b.SessionId == Guid.Parse(id))));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Cancel_ends_the_session_and_a_second_cancel_is_409(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();

        var first = await driver.PostAsync($"/v1/arrival/{id}/cancel", null);
        var second = await driver.PostAsync($"/v1/arrival/{id}/cancel", null);

        Assert.Equal("canceled", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await ProblemAssert.IsAsync(second, HttpStatusCode.Conflict, "SESSION_TERMINAL");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Queued_order_is_released_on_arrival(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();

        var queued = await driver.PostAsJsonAsync($"/v1/arrival/{id}/queue-order", new { order_number = "Q-7", payload = new { items = new[] { "brisket taco" } } });
        var again = await driver.PostAsJsonAsync($"/v1/arrival/{id}/queue-order", new { order_number = "Q-7" });
        Assert.Equal(HttpStatusCode.Created, queued.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("queued", (await driver.GetFromJsonAsync<JsonElement>($"/v1/arrival/{id}/queued-order")).GetProperty("status").GetString());

        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();

        var released = await driver.GetFromJsonAsync<JsonElement>($"/v1/arrival/{id}/queued-order");
        Assert.Equal("released", released.GetProperty("status").GetString());
        Assert.Contains($"nerava_session={id}", released.GetProperty("release_url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queued_order_of_a_session_without_one_is_404()
    {
        var api = await fixture.For(TestDatabase.Sqlite);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();

        await ProblemAssert.IsAsync(await driver.GetAsync($"/v1/arrival/{id}/queued-order"), HttpStatusCode.NotFound, "QUEUED_ORDER_NOT_FOUND");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Feedback_is_only_for_completed_sessions(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();

        var early = await driver.PostAsJsonAsync($"/v1/arrival/{id}/feedback", new { rating = "up" });
        var tooLong = await driver.PostAsJsonAsync($"/v1/arrival/{id}/feedback", new { rating = "down", comment = new string('x', 201) });

        await ProblemAssert.IsAsync(early, HttpStatusCode.Conflict, "NOT_COMPLETED");
        await ProblemAssert.IsAsync(tooLong, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }
}
