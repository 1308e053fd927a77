using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Notifications;

namespace Nerava.Api.IntegrationTests.Features.Arrival;

public sealed class ExactlyOnceNotificationTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Eight_concurrent_check_ins_send_one_sms_and_one_email(TestDatabase db)
    {
        var api = await fixture.For(db);
        var email = $"kitchen-{Guid.NewGuid():N}@merchants.demo.nerava.test";
        await api.WithDbAsync(d => d.Merchants.Where(m => m.Id == Demo.StaffMerchant)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.NotifyEmail, true).SetProperty(m => m.Email, email)));
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        var order = $"R-{Guid.NewGuid():N}"[..10];
        (await driver.BindOrderAsync(id, order)).EnsureSuccessStatusCode();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => driver.ImHereAsync(id)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await api.WaitForStatusAsync(id, "merchant_notified");
        await api.WaitForOutboxAsync(email);
        await Task.Delay(500); // Give a duplicate, if any, the chance to show up.
        var sent = await api.WithDbAsync(d => d.DevOutbox.Where(e => e.Body.Contains(order) || e.Subject!.Contains(order)).ToListAsync());
        Assert.Equal(1, sent.Count(e => e.Channel == "sms"));
        Assert.Equal(1, sent.Count(e => e.Channel == "email"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_row_claimed_by_a_dispatcher_that_died_is_sent_after_its_lease(TestDatabase db)
    {
        var api = await fixture.For(db);
        var to = NeravaApiFactory.NewPhone();
        // What a crashed dispatcher leaves behind: claimed ("sending"), lease expired, never sent.
        await api.WithDbAsync(d =>
        {
            d.Outbox.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(),
                DedupeKey = $"test:{Guid.NewGuid()}",
                Kind = "test",
                Channel = "sms",
                To = to,
                Body = "survived a crash",
                Status = OutboxStatus.Sending,
                Attempts = 1,
                CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-2),
                NextAttemptAt = DateTimeOffset.UtcNow.AddMinutes(-2),
                LeaseUntil = DateTimeOffset.UtcNow.AddSeconds(-1),
            });
            return d.SaveChangesAsync();
        });

        var delivered = await api.WaitForOutboxAsync(to);

        Assert.Equal("survived a crash", delivered.Body);
        // The dev outbox entry is written just before the row is marked sent: wait for that, not a fixed time.
        var deadline = DateTime.UtcNow.AddSeconds(45);
        var row = await api.WithDbAsync(d => d.Outbox.AsNoTracking().SingleAsync(m => m.To == to));
        while (row.Status == OutboxStatus.Sending && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            row = await api.WithDbAsync(d => d.Outbox.AsNoTracking().SingleAsync(m => m.To == to));
        }

        Assert.Equal((OutboxStatus.Sent, 2), (row.Status, row.Attempts));
        Assert.NotNull(row.ProviderMessageId);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Racing_dispatchers_deliver_each_row_once(TestDatabase db)
    {
        var api = await fixture.For(db);
        var to = NeravaApiFactory.NewPhone();
        await api.WithDbAsync(d =>
        {
            for (var i = 0; i < 12; i++)
            {
                d.Outbox.Add(new OutboxMessage
                {
                    Id = Guid.NewGuid(),
                    DedupeKey = $"race:{Guid.NewGuid()}",
                    Kind = "test",
                    Channel = "sms",
                    To = to,
                    Body = $"message {i}",
                    CreatedAt = DateTimeOffset.UtcNow,
                    NextAttemptAt = DateTimeOffset.UtcNow,
                });
            }

            return d.SaveChangesAsync();
        });
        var dispatcher = api.Services.GetRequiredService<OutboxDispatcher>();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => dispatcher.DispatchDueAsync(CancellationToken.None))));
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (await api.WithDbAsync(d => d.Outbox.CountAsync(m => m.To == to && m.Status != OutboxStatus.Sent)) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var bodies = await api.WithDbAsync(d => d.DevOutbox.Where(e => e.To == to).Select(e => e.Body).ToListAsync());
        Assert.Equal(12, bodies.Count);
        Assert.Equal(12, bodies.Distinct().Count());
    }
}
