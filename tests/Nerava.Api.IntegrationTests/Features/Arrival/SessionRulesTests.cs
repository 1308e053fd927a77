using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.IntegrationTests.Features.Arrival;

public sealed class SessionRulesTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Second_active_session_is_409_with_the_active_id(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var first = (await driver.CreateSessionFromDallasAsync()).Id();

        var second = await driver.PostCreateAsync(new { merchant_id = Demo.StaffMerchant, arrival_type = "ev_curbside", lat = 30.0, lng = -97.0 });

        var problem = await ProblemAssert.IsAsync(second, HttpStatusCode.Conflict, "ACTIVE_SESSION_EXISTS");
        Assert.Equal(first, problem.GetProperty("session_id").GetString());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Idempotency_key_replays_the_same_session_and_refuses_another_body(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var key = Guid.NewGuid().ToString();

        var first = await driver.CreateSessionFromDallasAsync(idempotencyKey: key);
        var replay = await driver.CreateSessionFromDallasAsync(idempotencyKey: key);
        var other = await driver.PostCreateAsync(new { merchant_id = Demo.StaffMerchant, arrival_type = "ev_dine_in", lat = 30.0, lng = -97.0 }, key);

        Assert.Equal(first.Id(), replay.Id());
        await ProblemAssert.IsAsync(other, HttpStatusCode.UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED");
    }

    [Fact]
    public async Task Idempotency_keys_are_scoped_to_the_driver()
    {
        var api = await fixture.For(TestDatabase.Sqlite);
        var (alice, _) = await api.LoginDriverAsync();
        var (bob, _) = await api.LoginDriverAsync();
        var key = Guid.NewGuid().ToString();

        var a = await alice.CreateSessionFromDallasAsync(idempotencyKey: key);
        var b = await bob.CreateSessionFromDallasAsync(idempotencyKey: key);

        Assert.NotEqual(a.Id(), b.Id());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Another_drivers_session_is_404_everywhere(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (owner, _) = await api.LoginDriverAsync();
        var (stranger, _) = await api.LoginDriverAsync();
        var id = (await owner.CreateSessionFromDallasAsync()).Id();

        await ProblemAssert.IsAsync(await stranger.GetAsync($"/v1/arrival/{id}"), HttpStatusCode.NotFound, "SESSION_NOT_FOUND");
        await ProblemAssert.IsAsync(await stranger.BindOrderAsync(id), HttpStatusCode.NotFound, "SESSION_NOT_FOUND");
        await ProblemAssert.IsAsync(await stranger.ImHereAsync(id), HttpStatusCode.NotFound, "SESSION_NOT_FOUND");
        await ProblemAssert.IsAsync(await stranger.PostAsync($"/v1/arrival/{id}/cancel", null), HttpStatusCode.NotFound, "SESSION_NOT_FOUND");
        await ProblemAssert.IsAsync(await stranger.GetAsync($"/v1/arrival/{id}/smartcar-status"), HttpStatusCode.NotFound, "SESSION_NOT_FOUND");
        Assert.Equal("pending_order", await api.StatusAsync(id));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Another_merchants_staff_gets_404(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();
        var email = await CreateStaffOfAnotherMerchantAsync(api);
        var other = await api.LoginStaffAsync(email, "other-password-1");

        var confirm = await other.PostAsJsonAsync($"/v1/arrival/{id}/merchant-confirm", new { confirmed = true });
        var list = await other.GetFromJsonAsync<JsonElement[]>("/v1/merchant/arrivals");

        await ProblemAssert.IsAsync(confirm, HttpStatusCode.NotFound, "SESSION_NOT_FOUND");
        Assert.DoesNotContain(list!, s => s.GetProperty("session_id").GetString() == id);
    }

    [Theory]
    [InlineData("""{"merchant_id":"petes-tako-house-sa","arrival_type":"ev_drive_thru","lat":29.4,"lng":-98.4}""", "arrival_type")]
    [InlineData("""{"merchant_id":"petes-tako-house-sa","arrival_type":"ev_curbside","lat":91,"lng":-98.4}""", "lat")]
    [InlineData("""{"merchant_id":"petes-tako-house-sa","arrival_type":"ev_curbside","lat":29.4}""", "lng")]
    [InlineData("""{"merchant_id":"petes-tako-house-sa","arrival_type":"ev_curbside","lat":29.4,"lng":-98.4,"fulfillment_type":"drone"}""", "fulfillment_type")]
    [InlineData("""{"merchant_id":"petes-tako-house-sa","arrival_type":"ev_curbside","lat":29.4,"lng":-98.4,"target_soc_percent":80}""", "charge_complete_trigger")]
    public async Task Invalid_create_is_400_with_the_field(string body, string field)
    {
        var api = await fixture.For(TestDatabase.Sqlite);
        var (driver, _) = await api.LoginDriverAsync();

        var response = await driver.PostAsync("/v1/arrival/create", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Negative_totals_are_400()
    {
        var api = await fixture.For(TestDatabase.Sqlite);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        var staff = await api.LoginStaffAsync();

        var estimate = await driver.BindOrderAsync(id, estimate: -100);
        var total = await staff.PostAsJsonAsync($"/v1/arrival/{id}/merchant-confirm", new { confirmed = true, merchant_reported_total_cents = -100 });

        // An estimate outside 1 ≤ x ≤ the merchant's largest order has its own code since the pairing rules (issue #9).
        await ProblemAssert.IsAsync(estimate, HttpStatusCode.BadRequest, "ESTIMATE_OUT_OF_RANGE");
        await ProblemAssert.IsAsync(total, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Fact]
    public async Task Unknown_merchant_is_404_and_use_smartcar_without_a_car_is_400()
    {
        var api = await fixture.For(TestDatabase.Sqlite);
        var (driver, _) = await api.LoginDriverAsync();

        var unknown = await driver.PostCreateAsync(new { merchant_id = "nope", arrival_type = "ev_curbside", lat = 29.4, lng = -98.4 });
        var smartcar = await driver.PostCreateAsync(new { merchant_id = Demo.StaffMerchant, arrival_type = "ev_curbside", lat = 29.4, lng = -98.4, use_smartcar = true });

        await ProblemAssert.IsAsync(unknown, HttpStatusCode.NotFound, "MERCHANT_NOT_FOUND");
        await ProblemAssert.IsAsync(smartcar, HttpStatusCode.BadRequest, "SMARTCAR_NOT_CONNECTED");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Expired_session_is_410_and_not_active(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        await api.WithDbAsync(async d =>
        {
            var row = await d.Sessions.SingleAsync(s => s.Id == Guid.Parse(id));
            (row.CreatedAt, row.ExpiresAt) = (row.CreatedAt.AddHours(-13), row.ExpiresAt.AddHours(-13));
            return await d.SaveChangesAsync();
        });

        var active = await driver.GetFromJsonAsync<JsonElement>("/v1/arrival/active");
        var bind = await driver.BindOrderAsync(id);

        Assert.Equal(JsonValueKind.Null, active.GetProperty("session").ValueKind);
        await ProblemAssert.IsAsync(bind, HttpStatusCode.Gone, "SESSION_EXPIRED");
        Assert.Equal("expired", await api.StatusAsync(id));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Order_cannot_change_after_arrival(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();

        await ProblemAssert.IsAsync(await driver.BindOrderAsync(id), HttpStatusCode.Conflict, "ORDER_LOCKED");
    }

    private static async Task<string> CreateStaffOfAnotherMerchantAsync(NeravaApiFactory api)
    {
        var email = $"other-{Guid.NewGuid():N}@demo.nerava.test";
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Nerava.Api.Data.NeravaDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<MerchantStaff>>();
        var merchant = await db.Merchants.Where(m => m.Id != Demo.StaffMerchant).Select(m => m.Id).FirstAsync();
        var staff = new MerchantStaff { Id = Guid.NewGuid(), MerchantId = merchant, Email = email, Name = "Other", PasswordHash = "" };
        staff.PasswordHash = hasher.HashPassword(staff, "other-password-1");
        db.MerchantStaff.Add(staff);
        await db.SaveChangesAsync();
        return email;
    }
}
