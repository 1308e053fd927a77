using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.IntegrationTests.Features.Notifications;

/// <summary>
/// A merchant's "fire now" text goes out exactly once even when the dispatcher dies between Twilio accepting it and the
/// row being marked sent (issue #10: 7 of 120 merchants texted twice after 30 crashes). Before re-sending a message whose
/// earlier attempt has an unknown outcome, the dispatcher looks it up in Twilio's Messages list by its Ref marker.
/// </summary>
public sealed class ExactlyOnceSmsTests
{
    private const string FromNumber = "+15125550000";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_crash_after_twilio_accepted_the_fire_text_is_reconciled_and_not_sent_again(TestDatabase db)
    {
        await using var twilio = await FakeTwilioServer.StartAsync($"ACtest{Guid.NewGuid():N}"[..34], $"token-{Guid.NewGuid():N}");
        var dir = Directory.CreateTempSubdirectory("nerava-crash-").FullName;
        var cs = await NeravaApiFactory.NewDatabaseAsync(db, dir);
        string id, merchantPhone;
        TwilioMessage accepted;
        await using (var first = Api(db, cs, twilio))
        {
            using var driver = await first.LoginDriverAsync(twilio);
            merchantPhone = await first.MerchantPhoneAsync();
            await SmsOnlyAsync(first);
            id = (await driver.CreateSessionFromDallasAsync()).Id();
            (await driver.BindOrderAsync(id, $"X-{Guid.NewGuid():N}"[..10])).EnsureSuccessStatusCode();
            // Twilio takes the message at once but answers only after the worker is gone.
            twilio.CreateDelay = () => TimeSpan.FromSeconds(30);
            (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();
            accepted = await twilio.WaitForMessageAsync(m => m.To == merchantPhone && m.Body.Contains("fire now", StringComparison.Ordinal), Timeout);
        }

        twilio.CreateDelay = () => TimeSpan.Zero;
        var posts = twilio.Requests.Count(r => r.Method == "POST");
        await using var second = Api(db, cs, twilio);
        using var _ = second.CreateClient();

        var row = await WaitForFireRowAsync(second, id, r => r.Status == OutboxStatus.Sent);
        Assert.Equal(accepted.Sid, row.ProviderMessageId);
        Assert.Null(row.UnconfirmedSince);
        Assert.EndsWith($"Ref {row.Ref}", accepted.Body, StringComparison.Ordinal);
        Assert.Single(twilio.Messages, m => m.Body.Contains($"Ref {row.Ref}", StringComparison.Ordinal));
        Assert.Equal(posts, twilio.Requests.Count(r => r.Method == "POST"));
        Assert.Contains(twilio.Requests, r => r.Method == "GET" && r.To == merchantPhone && r.Status == 200);
        await second.WaitForStatusAsync(id, "merchant_notified");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_fire_text_twilio_never_got_is_sent_once_after_the_settle_window(TestDatabase db)
    {
        await using var twilio = await FakeTwilioServer.StartAsync($"ACtest{Guid.NewGuid():N}"[..34], $"token-{Guid.NewGuid():N}");
        var dir = Directory.CreateTempSubdirectory("nerava-lost-").FullName;
        await using var api = Api(db, await NeravaApiFactory.NewDatabaseAsync(db, dir), twilio);
        using var driver = await api.LoginDriverAsync(twilio);
        var merchantPhone = await api.MerchantPhoneAsync();
        await SmsOnlyAsync(api);
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.BindOrderAsync(id)).EnsureSuccessStatusCode();
        twilio.AbortNext(1);

        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();

        var sms = await twilio.WaitForMessageAsync(m => m.To == merchantPhone && m.Body.Contains("fire now", StringComparison.Ordinal), Timeout);
        var row = await WaitForFireRowAsync(api, id, r => r.Status == OutboxStatus.Sent);
        var toMerchant = twilio.Requests.Where(r => r.To == merchantPhone).ToList();
        var aborted = toMerchant.First(r => r.Status == 0);
        var created = toMerchant.Single(r => r.Method == "POST" && r.Status == 201);
        // Asked first (nothing there), waited out the settle window, then sent once.
        Assert.Contains(toMerchant, r => r.Method == "GET" && r.At > aborted.At && r.At < created.At);
        Assert.True(created.At - aborted.At >= TimeSpan.FromSeconds(2.5), $"re-sent {created.At - aborted.At} after the unknown attempt");
        Assert.Single(twilio.Messages, m => m.To == merchantPhone);
        Assert.Equal((sms.Sid, 2), (row.ProviderMessageId, row.Attempts));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task An_unconfirmed_row_already_in_the_dev_outbox_is_marked_sent_without_a_second_copy(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db);
        using var _ = api.CreateClient();
        var phone = NeravaApiFactory.NewPhone();
        var now = DateTimeOffset.UtcNow;
        var message = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            DedupeKey = $"test:{Guid.NewGuid():N}",
            Kind = "kitchen_fire",
            Channel = "sms",
            To = phone,
            Body = "Nerava: driver ARRIVED — fire now. Ref TESTREF1",
            Ref = "TESTREF1",
            Status = OutboxStatus.Sending,
            Attempts = 1,
            CreatedAt = now.AddMinutes(-1),
            NextAttemptAt = now.AddMinutes(-1),
            LeaseUntil = now.AddSeconds(-1),
            UnconfirmedSince = now.AddMinutes(-1),
        };
        var copy = new DevOutboxEntry { Id = Guid.NewGuid(), Channel = "sms", To = phone, Body = message.Body, CreatedAt = now.AddSeconds(-50) };
        await api.WithDbAsync(async d =>
        {
            d.Outbox.Add(message);
            d.DevOutbox.Add(copy);
            return await d.SaveChangesAsync();
        });

        var row = await WaitForRowAsync(api, message.Id, r => r.Status == OutboxStatus.Sent);

        Assert.Equal($"dev-{copy.Id:N}", row.ProviderMessageId);
        Assert.Equal(1, await api.WithDbAsync(d => d.DevOutbox.CountAsync(e => e.To == phone)));
    }

    private static NeravaApiFactory Api(TestDatabase db, string connectionString, FakeTwilioServer twilio) =>
        new(db, connectionString, Directory.CreateTempSubdirectory("nerava-api-").FullName, new Dictionary<string, string?>
        {
            ["Notifications:Channel"] = "Live",
            ["Notifications:Lease"] = "00:00:02",
            ["Notifications:ReconcileSettle"] = "00:00:03",
            ["Notifications:ReconcileRecheck"] = "00:00:00.500",
            ["Twilio:BaseUrl"] = twilio.BaseUrl,
            ["Twilio:AccountSid"] = twilio.AccountSid,
            ["Twilio:AuthToken"] = twilio.AuthToken,
            ["Twilio:FromNumber"] = FromNumber,
        });

    private static Task SmsOnlyAsync(NeravaApiFactory api) => api.WithDbAsync(d => d.Merchants.Where(m => m.Id == Demo.StaffMerchant)
        .ExecuteUpdateAsync(u => u.SetProperty(m => m.NotifyEmail, false)));

    private static async Task<OutboxMessage> WaitForFireRowAsync(NeravaApiFactory api, string sessionId, Func<OutboxMessage, bool> done)
    {
        var session = Guid.Parse(sessionId);
        var id = await api.WithDbAsync(d => d.Outbox.Where(m => m.SessionId == session && m.Kind == "kitchen_fire" && m.Channel == "sms")
            .Select(m => m.Id).SingleAsync());
        return await WaitForRowAsync(api, id, done);
    }

    private static async Task<OutboxMessage> WaitForRowAsync(NeravaApiFactory api, Guid id, Func<OutboxMessage, bool> done)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var row = await api.WithDbAsync(d => d.Outbox.AsNoTracking().SingleAsync(m => m.Id == id));
            if (done(row))
            {
                return row;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Row {id} is {row.Status} (attempts {row.Attempts}, error {row.LastError}).");
            await Task.Delay(50);
        }
    }
}
