using Microsoft.EntityFrameworkCore;
using Nerava.Api.Features.Dev;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.IntegrationTests.Features.MerchantReplies;

public sealed class SmsReplyTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string WebhookUrl = "http://localhost/v1/webhooks/twilio/sms";

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Done_with_amount_from_the_merchants_phone_completes_and_bills(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (id, code) = await api.ArrivedSessionAsync();
        var phone = await api.MerchantPhoneAsync();

        var twiml = await ReplyAsync(api, phone, $"DONE {code} $45");

        Assert.Contains("Confirmed", twiml, StringComparison.Ordinal);
        Assert.Contains("$2.25", twiml, StringComparison.Ordinal);
        var session = await api.WithDbAsync(d => d.Sessions.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal((SessionStatus.Completed, 225, "merchant_reported"), (session.Status, session.BillableAmountCents, session.TotalSource));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Twilio_retry_with_the_same_message_sid_is_answered_once(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (id, code) = await api.ArrivedSessionAsync();
        var phone = await api.MerchantPhoneAsync();
        var sid = $"SM{Guid.NewGuid():N}";

        var first = await ReplyAsync(api, phone, $"DONE {code}", sid);
        var retry = await ReplyAsync(api, phone, $"DONE {code}", sid);
        var repeat = await ReplyAsync(api, phone, $"DONE {code}");

        Assert.Equal(first, retry);
        Assert.Contains("already confirmed", repeat, StringComparison.Ordinal);
        Assert.Equal(1, await api.WithDbAsync(d => d.BillingEvents.CountAsync(b => b.SessionId == id)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Other_phones_missing_and_unknown_codes_change_nothing(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (id, code) = await api.ArrivedSessionAsync();
        var phone = await api.MerchantPhoneAsync();

        var stranger = await ReplyAsync(api, "+12105550999", $"DONE {code}");
        var noCode = await ReplyAsync(api, phone, "done, thanks");
        var unknown = await ReplyAsync(api, phone, $"DONE {(code == "1000" ? "1001" : "1000")}");

        Assert.Contains("not registered", stranger, StringComparison.Ordinal);
        Assert.Contains("Example: DONE 1234", noCode, StringComparison.Ordinal);
        Assert.True(unknown.Contains("No active arrival", StringComparison.Ordinal), unknown);
        Assert.Equal("merchant_notified", await api.StatusAsync(id.ToString()));
    }

    [Fact]
    public async Task Bad_signature_is_403_and_changes_nothing()
    {
        var api = await fixture.For(TestDatabase.Sqlite);
        var (id, code) = await api.ArrivedSessionAsync();
        var form = new Dictionary<string, string> { ["From"] = await api.MerchantPhoneAsync(), ["Body"] = $"DONE {code}", ["MessageSid"] = "SMforged" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/webhooks/twilio/sms") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", "bm90LWEtc2lnbmF0dXJl");

        var response = await api.CreateClient().SendAsync(request);

        await ProblemAssert.IsAsync(response, HttpStatusCode.Forbidden, "INVALID_SIGNATURE");
        Assert.Equal("merchant_notified", await api.StatusAsync(id.ToString()));
    }

    [Fact]
    public async Task Done_before_arrival_explains_and_does_not_confirm()
    {
        var api = await fixture.For(TestDatabase.Sqlite);
        var (driver, _) = await api.LoginDriverAsync();
        var session = await driver.CreateSessionFromDallasAsync();
        var code = await api.WithDbAsync(d => d.Sessions.Where(s => s.Id == Guid.Parse(session.Id())).Select(s => s.MerchantReplyCode).SingleAsync());

        var twiml = await ReplyAsync(api, await api.MerchantPhoneAsync(), $"DONE {code}");

        Assert.Contains("has not arrived yet", twiml, StringComparison.Ordinal);
        Assert.Equal("pending_order", await api.StatusAsync(session.Id()));
    }

    private static async Task<string> ReplyAsync(NeravaApiFactory api, string from, string body, string? sid = null)
    {
        var form = new Dictionary<string, string>
        {
            ["From"] = from,
            ["To"] = "+15125550000",
            ["Body"] = body,
            ["MessageSid"] = sid ?? $"SM{Guid.NewGuid():N}",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/webhooks/twilio/sms") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioRequestSigner.Sign(NeravaApiFactory.TwilioAuthToken, WebhookUrl, form));
        var response = await api.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}
