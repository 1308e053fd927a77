using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.IntegrationTests.Features.Sessions;

/// <summary>What the merchant is told matches what will happen: a canceled order is taken back, a missing one said plainly.</summary>
public sealed class CancelAfterFireTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string NoPreOrder = "No pre-order — the driver will order at the counter";

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Cancel_after_fire_tells_the_merchant_by_sms_and_email_and_the_card_says_so(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        var order = $"C-{Guid.NewGuid():N}"[..10];
        (await driver.BindOrderAsync(id, order)).EnsureSuccessStatusCode();
        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();
        var phone = await api.MerchantPhoneAsync();
        await api.WaitForOutboxAsync(phone, b => b.Contains(order, StringComparison.Ordinal) && b.Contains("fire now", StringComparison.Ordinal));

        var cancel = await driver.PostAsync($"/v1/arrival/{id}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var sms = await api.WaitForOutboxAsync(phone, b => b.Contains("CANCELED", StringComparison.Ordinal) && b.Contains(order, StringComparison.Ordinal));
        Assert.Contains("Don't hand it over", sms.Body, StringComparison.Ordinal);
        var email = await api.WithDbAsync(d => d.Merchants.Where(m => m.Id == Demo.StaffMerchant).Select(m => m.Email!).SingleAsync());
        await api.WaitForOutboxAsync(email, b => b.Contains(order, StringComparison.Ordinal) && b.Contains("canceled", StringComparison.Ordinal));
        var staff = await api.LoginStaffAsync();
        var card = (await staff.GetFromJsonAsync<JsonElement[]>("/v1/merchant/arrivals"))!.Single(a => a.GetProperty("session_id").GetString() == id);
        Assert.Equal(("canceled", true), (card.GetProperty("status").GetString(), card.GetProperty("canceled_after_fire").GetBoolean()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Cancel_before_fire_tells_the_merchant_nothing(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.BindOrderAsync(id)).EnsureSuccessStatusCode();

        (await driver.PostAsync($"/v1/arrival/{id}/cancel", null)).EnsureSuccessStatusCode();

        Assert.False(await api.WithDbAsync(d => d.Outbox.AnyAsync(m => m.SessionId == Guid.Parse(id))));
        var staff = await api.LoginStaffAsync();
        var card = (await staff.GetFromJsonAsync<JsonElement[]>("/v1/merchant/arrivals"))!.Single(a => a.GetProperty("session_id").GetString() == id);
        Assert.False(card.GetProperty("canceled_after_fire").GetBoolean());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_session_that_fires_without_an_order_says_so_plainly(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();

        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();

        var messages = await api.WithDbAsync(d => d.Outbox.AsNoTracking().Where(m => m.SessionId == Guid.Parse(id) && m.Kind == OutboxKinds.KitchenFire)
            .ToListAsync());
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Contains(NoPreOrder, m.Body, StringComparison.Ordinal));
        Assert.All(messages, m => Assert.DoesNotContain("N/A", m.Body + m.Subject, StringComparison.Ordinal));
        Assert.DoesNotContain("fire now", messages.Single(m => m.Channel == "sms").Body, StringComparison.Ordinal);
    }
}
