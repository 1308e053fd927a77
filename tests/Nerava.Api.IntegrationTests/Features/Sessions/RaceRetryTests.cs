using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Notifications;
using Nerava.Api.Features.Sessions;

namespace Nerava.Api.IntegrationTests.Features.Sessions;

/// <summary>A valid action that loses a race with a background job is re-read and re-applied, never a 409.</summary>
public sealed class RaceRetryTests
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Merchant_confirm_racing_the_dispatchers_merchant_notified_succeeds(TestDatabase db)
    {
        var race = new RaceBeforeCommit();
        await using var api = await NeravaApiFactory.CreateAsync(db, testServices: RaceBeforeCommit.Install(race));
        var (driver, _) = await api.LoginDriverAsync();
        // The merchant takes no texts here, so the test decides when its "fire now" counts as delivered.
        await api.WithDbAsync(d => d.Merchants.Where(m => m.Id == Demo.StaffMerchant)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.NotifySms, false).SetProperty(m => m.NotifyEmail, false)));
        api.Services.GetRequiredService<Nerava.Api.Data.CatalogCache>().EvictMerchant(Demo.StaffMerchant);
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.BindOrderAsync(id, estimate: 4500)).EnsureSuccessStatusCode();
        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();
        Assert.Equal("arrived", await api.StatusAsync(id));
        var fire = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            DedupeKey = "race",
            SessionId = Guid.Parse(id),
            Kind = OutboxKinds.KitchenFire,
            Channel = NotificationChannel.Sms,
            To = "+12105550101",
            Body = "fire now",
        };
        // The dispatcher delivers the "fire now" text right as the merchant confirms: its observer moves the session first.
        race.ArmUpdate(Guid.Parse(id), () => api.WithScopeAsync(s => s.GetServices<IOutboxDeliveryObserver>().Single().OnDeliveredAsync(fire, default)));
        var staff = await api.LoginStaffAsync();

        var response = await staff.PostAsJsonAsync($"/v1/arrival/{id}/merchant-confirm", new { confirmed = true, merchant_reported_total_cents = 5000 });

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal(1, race.Fired);
        var row = await api.WithDbAsync(d => d.Sessions.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(id)));
        Assert.Equal(("completed", 250), (Nerava.Arrival.Sessions.SessionStatusNames.ToWire(row.Status), row.BillableAmountCents));
        Assert.NotNull(row.MerchantNotifiedAt); // The rival's write stands; the confirm was re-applied on top of it.
        Assert.Equal(1, await api.WithDbAsync(d => d.BillingEvents.CountAsync(b => b.SessionId == Guid.Parse(id))));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Creates_that_draw_the_same_reply_code_at_once_both_succeed_with_different_codes(TestDatabase db)
    {
        var race = new RaceBeforeCommit();
        // Every draw is 0, so each create picks the lowest free code: two at once pick the same one.
        await using var api = await NeravaApiFactory.CreateAsync(db, testServices: s =>
        {
            RaceBeforeCommit.Install(race)(s);
            s.AddSingleton(new ReplyCodeDraw(_ => 0));
        });
        var (first, _) = await api.LoginDriverAsync();
        var (second, _) = await api.LoginDriverAsync();
        var (third, _) = await api.LoginDriverAsync();
        HttpResponseMessage? rival = null;
        // The second create commits code 1000 while the first, which drew 1000 too, is about to commit.
        race.ArmInsert(async () => rival = await second.PostCreateAsync(AtTheStaffMerchant()));

        var won = await first.PostCreateAsync(AtTheStaffMerchant());
        var burst = await Task.WhenAll(third.PostCreateAsync(AtTheStaffMerchant()), first.PostCreateAsync(AtTheStaffMerchant(), "burst"));

        Assert.Equal(1, race.Fired);
        Assert.True(won.StatusCode == HttpStatusCode.Created, await won.Content.ReadAsStringAsync());
        Assert.True(rival!.StatusCode == HttpStatusCode.Created, await rival.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, burst[0].StatusCode);
        await ProblemAssert.IsAsync(burst[1], HttpStatusCode.Conflict, "ACTIVE_SESSION_EXISTS"); // A real conflict stays one.
        var codes = await api.WithDbAsync(d => d.Sessions.Where(s => s.MerchantId == Demo.StaffMerchant).Select(s => s.MerchantReplyCode).ToListAsync());
        Assert.Equal(["1000", "1001", "1002"], codes.Order(StringComparer.Ordinal));
    }

    private static object AtTheStaffMerchant() => new
    {
        merchant_id = Demo.StaffMerchant,
        charger_id = Demo.SanAntonioCharger,
        arrival_type = "ev_curbside",
        lat = Demo.DallasLat,
        lng = Demo.DallasLng,
    };
}
