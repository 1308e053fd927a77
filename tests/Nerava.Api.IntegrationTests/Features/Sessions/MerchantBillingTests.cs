using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Data;

namespace Nerava.Api.IntegrationTests.Features.Sessions;

/// <summary>Billing never rests silently on the driver's word, and no total or fee goes past the merchant's caps.</summary>
public sealed class MerchantBillingTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task The_console_shows_the_estimate_and_confirming_it_bills_it_as_confirmed(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (_, id) = await ArrivedAsync(api, Demo.StaffMerchant, 2_450);
        var staff = await api.LoginStaffAsync();

        var card = (await staff.GetFromJsonAsync<JsonElement[]>("/v1/merchant/arrivals"))!.Single(a => a.GetProperty("session_id").GetString() == id);
        var response = await staff.PostAsJsonAsync($"/v1/merchant/arrivals/{id}/confirm", new { confirmed = true, confirmed_estimate_cents = 2_450 });

        Assert.Equal(2_450, card.GetProperty("driver_estimate_cents").GetInt32());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("completed", 122, "driver_estimate_confirmed"),
            (body.GetProperty("status").GetString(), body.GetProperty("billable_amount_cents").GetInt32(), body.GetProperty("total_source").GetString()));
        var billing = await api.WithDbAsync(d => d.BillingEvents.SingleAsync(b => b.SessionId == Guid.Parse(id)));
        Assert.Equal((2_450, 122, "driver_estimate_confirmed"), (billing.TotalCents, billing.BillableAmountCents, billing.TotalSource));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Confirming_an_estimate_that_is_not_the_sessions_is_409_and_changes_nothing(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (_, id) = await ArrivedAsync(api, Demo.StaffMerchant, 2_450);
        var staff = await api.LoginStaffAsync();

        var response = await staff.PostAsJsonAsync($"/v1/arrival/{id}/merchant-confirm", new { confirmed = true, confirmed_estimate_cents = 9_999 });

        await ProblemAssert.IsAsync(response, HttpStatusCode.Conflict, "ESTIMATE_CHANGED");
        await AssertNotBilledAsync(api, id);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_huge_total_is_TOTAL_OUT_OF_RANGE_by_console_and_by_SMS_and_changes_nothing(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (_, id) = await ArrivedAsync(api, Demo.StaffMerchant, 4_500);
        var staff = await api.LoginStaffAsync();
        var code = await api.ReplyCodeAsync(id);

        var console = await staff.PostAsJsonAsync($"/v1/arrival/{id}/merchant-confirm", new { confirmed = true, merchant_reported_total_cents = 999_900 });
        var sms = await api.TextAsync(await api.MerchantPhoneAsync(), $"DONE {code} $9999");

        var problem = await ProblemAssert.IsAsync(console, HttpStatusCode.BadRequest, "TOTAL_OUT_OF_RANGE");
        Assert.Equal(50_000, problem.GetProperty("max_order_cents").GetInt32());
        Assert.Contains("above this store's limit of $500.00", sms, StringComparison.Ordinal);
        await AssertNotBilledAsync(api, id);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task An_SMS_DONE_without_an_amount_bills_the_estimate_within_the_cap_and_says_so(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (_, id) = await ArrivedAsync(api, Demo.OtherSanAntonioMerchant, 4_500);

        var sms = await api.TextAsync(await api.MerchantPhoneAsync(Demo.OtherSanAntonioMerchant), $"DONE {await api.ReplyCodeAsync(id)}");

        Assert.Contains("Nerava fee: $2.25, on the driver's estimate of $45.00", sms, StringComparison.Ordinal);
        var billing = await api.WithDbAsync(d => d.BillingEvents.SingleAsync(b => b.SessionId == Guid.Parse(id)));
        Assert.Equal((4_500, 225, "driver_estimate"), (billing.TotalCents, billing.BillableAmountCents, billing.TotalSource));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task An_SMS_DONE_without_an_amount_does_not_bill_an_estimate_above_the_cap(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (_, id) = await ArrivedAsync(api, Demo.OtherSanAntonioMerchant, 40_000);
        await SetCapsAsync(api, maxOrderCents: 30_000, maxFeeCents: 2_500); // Lowered after the estimate was accepted.
        try
        {
            var sms = await api.TextAsync(await api.MerchantPhoneAsync(Demo.OtherSanAntonioMerchant), $"DONE {await api.ReplyCodeAsync(id)}");

            Assert.Contains("Thanks!", sms, StringComparison.Ordinal);
            Assert.Equal("completed_unbillable", await api.StatusAsync(id));
            Assert.False(await api.WithDbAsync(d => d.BillingEvents.AnyAsync(b => b.SessionId == Guid.Parse(id))));
        }
        finally
        {
            await SetCapsAsync(api, 50_000, 2_500);
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_fee_never_exceeds_the_merchants_fee_cap(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (_, id) = await ArrivedAsync(api, Demo.OtherSanAntonioMerchant, 4_500);
        await SetCapsAsync(api, maxOrderCents: 50_000, maxFeeCents: 100);
        try
        {
            var sms = await api.TextAsync(await api.MerchantPhoneAsync(Demo.OtherSanAntonioMerchant), $"DONE {await api.ReplyCodeAsync(id)} $400");

            Assert.Contains("Nerava fee: $1.00.", sms, StringComparison.Ordinal); // 5 % of $400 would be $20.00.
            var billing = await api.WithDbAsync(d => d.BillingEvents.SingleAsync(b => b.SessionId == Guid.Parse(id)));
            Assert.Equal((40_000, 100, "merchant_reported"), (billing.TotalCents, billing.BillableAmountCents, billing.TotalSource));
        }
        finally
        {
            await SetCapsAsync(api, 50_000, 2_500);
        }
    }

    private static async Task<(HttpClient Driver, string Id)> ArrivedAsync(NeravaApiFactory api, string merchant, int estimate)
    {
        var (driver, _) = await api.LoginDriverAsync();
        var created = await driver.PostCreateAsync(new
        {
            merchant_id = merchant,
            charger_id = Demo.SanAntonioCharger,
            arrival_type = "ev_curbside",
            lat = Demo.DallasLat,
            lng = Demo.DallasLng,
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).Id();
        (await driver.BindOrderAsync(id, $"B-{Guid.NewGuid():N}"[..10], estimate)).EnsureSuccessStatusCode();
        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();
        return (driver, id);
    }

    private static async Task SetCapsAsync(NeravaApiFactory api, int maxOrderCents, int maxFeeCents)
    {
        await api.WithDbAsync(d => d.Merchants.Where(m => m.Id == Demo.OtherSanAntonioMerchant)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.MaxOrderCents, maxOrderCents).SetProperty(m => m.MaxFeeCents, maxFeeCents)));
        api.Services.GetRequiredService<CatalogCache>().EvictMerchant(Demo.OtherSanAntonioMerchant);
    }

    private static async Task AssertNotBilledAsync(NeravaApiFactory api, string id)
    {
        Assert.Contains(await api.StatusAsync(id), new[] { "arrived", "merchant_notified" });
        Assert.False(await api.WithDbAsync(d => d.BillingEvents.AnyAsync(b => b.SessionId == Guid.Parse(id))));
        var row = await api.WithDbAsync(d => d.Sessions.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(id)));
        Assert.Equal(((int?)null, (int?)null, (DateTimeOffset?)null), (row.BillableAmountCents, row.MerchantReportedTotalCents, row.CompletedAt));
    }
}
