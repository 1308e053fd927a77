using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Notifications.Senders;

/// <summary>SMS through Twilio's Messages resource (form POST, HTTP Basic with the account SID and auth token).</summary>
public sealed class TwilioSmsSender(HttpClient http, IOptions<TwilioOptions> options) : INotificationSender
{
    private readonly TwilioOptions _options = options.Value;

    public string Channel => NotificationChannel.Sms;

    public async Task<string> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var url = $"{_options.BaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(_options.AccountSid)}/Messages.json";
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["To"] = message.To,
                ["From"] = _options.FromNumber,
                ["Body"] = message.Body,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.AccountSid}:{_options.AuthToken}")));
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            // Twilio's error body names the problem (code, message); it never contains our credentials.
            var body = await response.Content.ReadAsStringAsync(ct);
            var detail = $"Twilio answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}";
            // 4xx other than 429 (bad credentials, invalid number) will not get better by retrying.
            throw (int)response.StatusCode is >= 400 and < 500 and not 429
                ? new PermanentDeliveryException(detail)
                : new HttpRequestException(detail);
        }

        var created = await response.Content.ReadFromJsonAsync<TwilioMessage>(ct)
            ?? throw new HttpRequestException("Twilio answered without a message resource.");
        return created.Sid;
    }

    private sealed record TwilioMessage([property: JsonPropertyName("sid")] string Sid);
}
