using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.IntegrationTests.Features.Notifications;

/// <summary>
/// Notifications:Channel=Live against local fakes of Twilio's REST API and of an SMTP server: the senders must speak
/// the real wire protocols, and the dispatcher must record what the providers answered.
/// </summary>
public sealed class LiveDeliveryTests
{
    private const string FromNumber = "+15125550000";
    // A condition wait, not a timing target: generous, because a loaded CI box can stall PostgreSQL reads for seconds.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Otp_sms_reaches_twilio_with_basic_auth_and_the_outbox_records_the_message_sid(TestDatabase db)
    {
        await using var live = await LiveApi.StartAsync(db);
        var phone = NeravaApiFactory.NewPhone();
        using var client = live.Api.CreateClient();

        var started = await client.PostAsJsonAsync("/v1/auth/otp/start", new { phone });

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var sms = await live.Twilio.WaitForMessageAsync(m => m.To == phone, Timeout);
        var request = Assert.Single(live.Twilio.Requests);
        Assert.Equal((201, live.Twilio.AccountSid, live.Twilio.AccountSid, live.Twilio.AuthToken),
            (request.Status, request.PathAccountSid, request.BasicUser, request.BasicPassword));
        Assert.Equal("application/x-www-form-urlencoded", request.MediaType);
        Assert.Equal((phone, FromNumber), (sms.To, sms.From));
        Assert.Matches(@"^Your Nerava code is \d{6}\. It expires in \d+ minutes\. Don't share it\.$", sms.Body);
        Assert.Matches("^SM[0-9a-f]{32}$", sms.Sid);
        var row = await WaitForRowAsync(live.Api, m => m.To == phone && m.Kind == "otp", r => r.Status == OutboxStatus.Sent);
        Assert.Equal((sms.Sid, 1, null), (row.ProviderMessageId, row.Attempts, row.LastError));
        Assert.NotNull(row.SentAt);
        Assert.Equal(0, await live.Api.WithDbAsync(d => d.DevOutbox.CountAsync(e => e.To == phone)));
        // The code in the delivered SMS is the one the API accepts.
        var verified = await client.PostAsJsonAsync("/v1/auth/otp/verify", new { phone, code = TwilioLogin.OtpCode(sms.Body) });
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Arrival_sends_one_sms_through_twilio_and_one_email_over_smtp_and_notifies_the_merchant(TestDatabase db)
    {
        await using var live = await LiveApi.StartAsync(db);
        var email = $"kitchen-{Guid.NewGuid():N}@merchants.demo.nerava.test";
        await live.Api.WithDbAsync(d => d.Merchants.Where(m => m.Id == Demo.StaffMerchant)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.NotifyEmail, true).SetProperty(m => m.Email, email)));
        var merchantPhone = await live.Api.MerchantPhoneAsync();
        using var driver = await live.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        var order = $"L-{Guid.NewGuid():N}"[..10];
        (await driver.BindOrderAsync(id, order)).EnsureSuccessStatusCode();

        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();

        await live.Api.WaitForStatusAsync(id, "merchant_notified");
        var sessionId = Guid.Parse(id);
        // Once every row is sent the dispatcher never takes them again: what the fakes hold now is final.
        var rows = await WaitForRowsAsync(live.Api, m => m.SessionId == sessionId,
            r => r.Count >= 2 && r.All(m => m.Status == OutboxStatus.Sent));
        Assert.Equal(["email", "sms"], rows.Select(r => r.Channel).Order());
        Assert.All(rows, r => Assert.Equal(("kitchen_fire", 1), (r.Kind, r.Attempts)));
        var smsRow = rows.Single(r => r.Channel == "sms");
        var emailRow = rows.Single(r => r.Channel == "email");

        var sms = Assert.Single(live.Twilio.Messages, m => m.To == merchantPhone);
        Assert.Equal((smsRow.ProviderMessageId, FromNumber), (sms.Sid, sms.From));
        Assert.Contains($"Order {order}.", sms.Body, StringComparison.Ordinal);
        Assert.Contains("fire now", sms.Body, StringComparison.Ordinal);

        var mail = Assert.Single(live.Smtp.Messages);
        Assert.Empty(live.Smtp.Errors);
        Assert.Equal(("arrivals@nerava.example", email), (mail.MailFrom, Assert.Single(mail.RcptTo)));
        Assert.NotNull(emailRow.ProviderMessageId);
        Assert.Equal(emailRow.ProviderMessageId, mail.MessageId);
        Assert.Contains($"order {order}", mail.Subject, StringComparison.Ordinal);
        var mime = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(mail.Data)));
        Assert.Equal(mail.MessageId, mime.MessageId);
        Assert.Contains($"Order number: {order}", mime.TextBody, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Twilio_failing_twice_with_500_is_retried_with_backoff_and_delivered_once(TestDatabase db)
    {
        await using var live = await LiveApi.StartAsync(db);
        live.Twilio.FailNext(2, HttpStatusCode.InternalServerError);
        var phone = NeravaApiFactory.NewPhone();
        using var client = live.Api.CreateClient();

        (await client.PostAsJsonAsync("/v1/auth/otp/start", new { phone })).EnsureSuccessStatusCode();

        // Backoff after attempt 1 is 2 s, after attempt 2 4 s (±20 % jitter): at most ~7.2 s in all.
        var sms = await live.Twilio.WaitForMessageAsync(m => m.To == phone, Timeout);
        var row = await WaitForRowAsync(live.Api, m => m.To == phone, r => r.Status == OutboxStatus.Sent);
        Assert.Equal((3, sms.Sid, null), (row.Attempts, row.ProviderMessageId, row.LastError));
        var requests = live.Twilio.Requests.Where(r => r.To == phone).ToList();
        Assert.Equal([500, 500, 201], requests.Select(r => r.Status));
        Assert.Single(live.Twilio.Messages, m => m.To == phone);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(1.5), $"Retried after {requests[1].At - requests[0].At}.");
        Assert.True(requests[2].At - requests[1].At >= TimeSpan.FromSeconds(3), $"Retried after {requests[2].At - requests[1].At}.");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Wrong_twilio_credentials_fail_the_row_at_once_with_a_401_error_and_no_secret(TestDatabase db)
    {
        var wrongToken = $"wrong-secret-{Guid.NewGuid():N}";
        await using var live = await LiveApi.StartAsync(db, apiAuthToken: wrongToken);
        var phone = NeravaApiFactory.NewPhone();
        using var client = live.Api.CreateClient();

        (await client.PostAsJsonAsync("/v1/auth/otp/start", new { phone })).EnsureSuccessStatusCode();

        var rejected = await live.Twilio.WaitForRequestAsync(r => r.To == phone, Timeout);
        Assert.Equal((401, live.Twilio.AccountSid, wrongToken), (rejected.Status, rejected.BasicUser, rejected.BasicPassword));
        var row = await WaitForRowAsync(live.Api, m => m.To == phone, r => r.LastError is not null && r.Status != OutboxStatus.Sending);
        // A 401 will not heal by retrying: failed after one attempt, not eight.
        Assert.Equal((OutboxStatus.Failed, 1), (row.Status, row.Attempts));
        Assert.Contains("401", row.LastError, StringComparison.Ordinal);
        Assert.Contains("20003", row.LastError, StringComparison.Ordinal);
        Assert.Null(row.ProviderMessageId);
        Assert.Null(row.SentAt);
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{live.Twilio.AccountSid}:{wrongToken}"));
        Assert.DoesNotContain(wrongToken, row.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(basic, row.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(live.Twilio.AuthToken, row.LastError, StringComparison.Ordinal);
        Assert.Empty(live.Twilio.Messages);
    }

    private static async Task<OutboxMessage> WaitForRowAsync(NeravaApiFactory api, Expression<Func<OutboxMessage, bool>> filter,
        Func<OutboxMessage, bool> done) =>
        (await WaitForRowsAsync(api, filter, rows => rows.Count == 1 && done(rows[0])))[0];

    /// <summary>Polls the outbox rows matching <paramref name="filter"/> until <paramref name="done"/> holds, or fails.</summary>
    private static async Task<List<OutboxMessage>> WaitForRowsAsync(NeravaApiFactory api, Expression<Func<OutboxMessage, bool>> filter,
        Func<List<OutboxMessage>, bool> done)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var rows = await api.WithDbAsync(d => d.Outbox.AsNoTracking().Where(filter).ToListAsync());
            if (done(rows))
            {
                return rows;
            }

            Assert.True(DateTime.UtcNow < deadline, "Outbox rows never reached the expected state; last seen: " +
                string.Join("; ", rows.Select(r => $"{r.Kind}/{r.Channel} {r.Status} attempts={r.Attempts} error={r.LastError}")));
            await Task.Delay(50);
        }
    }

    /// <summary>An API in Live delivery mode wired to a fresh fake Twilio and fake SMTP server.</summary>
    private sealed class LiveApi : IAsyncDisposable
    {
        private LiveApi(FakeTwilioServer twilio, FakeSmtpServer smtp, NeravaApiFactory api) => (Twilio, Smtp, Api) = (twilio, smtp, api);

        public FakeTwilioServer Twilio { get; }
        public FakeSmtpServer Smtp { get; }
        public NeravaApiFactory Api { get; }

        /// <summary>Starts both fakes and the API; <paramref name="apiAuthToken"/>, when given, is a Twilio token the fake does not accept.</summary>
        public static async Task<LiveApi> StartAsync(TestDatabase db, string? apiAuthToken = null)
        {
            var accountSid = $"ACtest{Guid.NewGuid():N}"[..34];
            var authToken = $"fake-twilio-token-{Guid.NewGuid():N}";
            var twilio = await FakeTwilioServer.StartAsync(accountSid, authToken);
            var smtp = FakeSmtpServer.Start();
            var live = new LiveApi(twilio, smtp, await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?>
            {
                ["Notifications:Channel"] = "Live",
                ["Notifications:PollInterval"] = "00:00:00.100",
                // A 5xx is an unknown outcome: the next attempt first asks Twilio's list and waits out the settle window
                // (60 s by default) before sending again. Short here, so a retry fits the test's wait.
                ["Notifications:ReconcileSettle"] = "00:00:03",
                ["Notifications:ReconcileRecheck"] = "00:00:00.500",
                ["Twilio:BaseUrl"] = twilio.BaseUrl,
                ["Twilio:AccountSid"] = accountSid,
                ["Twilio:AuthToken"] = apiAuthToken ?? authToken,
                ["Twilio:FromNumber"] = FromNumber,
                ["Smtp:Host"] = smtp.Host,
                ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            }));
            try
            {
                using var client = live.Api.CreateClient(); // Starts the host: migrations, demo data, the dispatcher.
                return live;
            }
            catch
            {
                await live.DisposeAsync();
                throw;
            }
        }

        public Task<HttpClient> LoginDriverAsync() => Api.LoginDriverAsync(Twilio);

        // The API first, so no dispatcher is mid-send when the fakes stop.
        public async ValueTask DisposeAsync()
        {
            await Api.DisposeAsync();
            await Twilio.DisposeAsync();
            await Smtp.DisposeAsync();
        }
    }
}
