using Microsoft.EntityFrameworkCore;
using Nerava.Api.Features.Dev;

namespace Nerava.Api.IntegrationTests.Infrastructure;

/// <summary>What a merchant does by text: reply to the arrival SMS, signed as Twilio signs it.</summary>
public static class MerchantSmsIntents
{
    private const string WebhookUrl = "http://localhost/v1/webhooks/twilio/sms";

    /// <summary>Posts <paramref name="body"/> from <paramref name="from"/> to the Twilio webhook; returns the TwiML answer.</summary>
    public static async Task<string> TextAsync(this NeravaApiFactory api, string from, string body)
    {
        var form = new Dictionary<string, string> { ["From"] = from, ["To"] = "+15125550000", ["Body"] = body, ["MessageSid"] = $"SM{Guid.NewGuid():N}" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/webhooks/twilio/sms") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioRequestSigner.Sign(NeravaApiFactory.TwilioAuthToken, WebhookUrl, form));
        var response = await api.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    public static async Task<string> ReplyCodeAsync(this NeravaApiFactory api, string sessionId) =>
        await api.WithDbAsync(d => d.Sessions.Where(s => s.Id == Guid.Parse(sessionId)).Select(s => s.MerchantReplyCode).SingleAsync());
}
