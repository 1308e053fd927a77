using Microsoft.EntityFrameworkCore;
using Nerava.Api.Features.Dev;

namespace Nerava.Api.IntegrationTests.Features.MerchantReplies;

/// <summary>Twilio replies are verified with the official validator against the configured URL; no shipped value signs one.</summary>
public sealed class ReplySignatureTests
{
    private const string Placeholder = "<set Twilio__AuthToken>";
    private const string WebhookUrl = "http://localhost/v1/webhooks/twilio/sms";

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_reply_signed_with_the_shipped_placeholder_token_is_refused_and_changes_nothing(TestDatabase db)
    {
        // The configuration still holds the placeholder: the embedded default / Development replaces it with a secret of its own.
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?> { ["Twilio:AuthToken"] = Placeholder });
        var (id, code) = await api.ArrivedSessionAsync();
        var form = ReplyForm(await api.MerchantPhoneAsync(), $"DONE {code} $9999");

        var response = await PostAsync(api, form, TwilioRequestSigner.Sign(Placeholder, WebhookUrl, form));

        await ProblemAssert.IsAsync(response, HttpStatusCode.Forbidden, "INVALID_SIGNATURE");
        Assert.Equal("merchant_notified", await api.StatusAsync(id.ToString()));
        Assert.Equal(0, await api.WithDbAsync(d => d.BillingEvents.CountAsync(b => b.SessionId == id)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_reply_signed_for_another_url_or_with_a_repeated_field_is_refused(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db);
        var (id, code) = await api.ArrivedSessionAsync();
        var form = ReplyForm(await api.MerchantPhoneAsync(), $"DONE {code}");
        var token = NeravaApiFactory.TwilioAuthToken;

        // A proxy's internal URL is not what Twilio signed: the configured public URL is.
        var otherUrl = await PostAsync(api, form, TwilioRequestSigner.Sign(token, "http://internal:8080/v1/webhooks/twilio/sms", form));
        using var repeated = new HttpRequestMessage(HttpMethod.Post, "/v1/webhooks/twilio/sms")
        {
            Content = new FormUrlEncodedContent([.. form, new KeyValuePair<string, string>("Body", "DONE 0000")]),
        };
        repeated.Headers.Add("X-Twilio-Signature", TwilioRequestSigner.Sign(token, WebhookUrl, form));
        var repeatedField = await api.CreateClient().SendAsync(repeated);

        await ProblemAssert.IsAsync(otherUrl, HttpStatusCode.Forbidden, "INVALID_SIGNATURE");
        await ProblemAssert.IsAsync(repeatedField, HttpStatusCode.Forbidden, "INVALID_SIGNATURE");
        Assert.Equal("merchant_notified", await api.StatusAsync(id.ToString()));
    }

    [Fact]
    public async Task The_dev_outbox_reply_done_button_posts_a_correctly_signed_reply()
    {
        // The placeholder token is configured, as in a fresh checkout: the button works without anyone knowing the real one.
        await using var api = await NeravaApiFactory.CreateAsync(TestDatabase.Sqlite,
            new Dictionary<string, string?> { ["Twilio:AuthToken"] = Placeholder });
        var (id, code) = await api.ArrivedSessionAsync();
        var phone = await api.MerchantPhoneAsync();
        var sms = await api.WaitForOutboxAsync(phone, body => body.Contains($"DONE {code}", StringComparison.Ordinal));
        var client = api.CreateClient();

        var page = await client.GetStringAsync("/dev/outbox/view");
        var signed = await (await client.PostAsync($"/dev/outbox/{sms.Id}/signed-reply", null)).Content.ReadFromJsonAsync<JsonElement>();
        var fields = signed.GetProperty("fields").EnumerateArray()
            .Select(f => new KeyValuePair<string, string>(f[0].GetString()!, f[1].GetString()!)).ToList();
        using var reply = new HttpRequestMessage(HttpMethod.Post, signed.GetProperty("path").GetString()) { Content = new FormUrlEncodedContent(fields) };
        reply.Headers.Add("X-Twilio-Signature", signed.GetProperty("signature").GetString());
        var response = await client.SendAsync(reply);

        Assert.Contains($"data-reply=\"{sms.Id}\">Reply DONE {code}</button>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Confirmed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(await api.StatusAsync(id.ToString()), new[] { "completed", "completed_unbillable" });
        Assert.DoesNotContain(Placeholder, signed.GetRawText(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> ReplyForm(string from, string body) => new()
    {
        ["From"] = from,
        ["To"] = "+15125550000",
        ["Body"] = body,
        ["MessageSid"] = $"SM{Guid.NewGuid():N}",
    };

    private static async Task<HttpResponseMessage> PostAsync(NeravaApiFactory api, Dictionary<string, string> form, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/webhooks/twilio/sms") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature);
        return await api.CreateClient().SendAsync(request);
    }

}
