using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Notifications.Senders;

/// <summary>
/// SMS through Twilio's Messages resource (form POST, HTTP Basic with the account SID and auth token), and the
/// look-up in its Messages list that keeps a re-send after a crash from texting twice.
/// </summary>
public sealed class TwilioSmsSender(HttpClient http, IOptions<TwilioOptions> options) : INotificationSender, IDeliveryLookup
{
    private readonly TwilioOptions _options = options.Value;

    public string Channel => NotificationChannel.Sms;

    private string MessagesUrl => $"{_options.BaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(_options.AccountSid)}/Messages.json";

    public async Task<string> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        using var request = Authorized(new HttpRequestMessage(HttpMethod.Post, MessagesUrl)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["To"] = message.To,
                ["From"] = _options.FromNumber,
                ["Body"] = message.Body,
            }),
        });
        using var response = await SendOrNotDeliveredAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            // Twilio's error body names the problem (code, message); it never contains our credentials.
            var body = await response.Content.ReadAsStringAsync(ct);
            var detail = $"Twilio answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}";
            // 4xx other than 429 (bad credentials, invalid number) will not get better by retrying; a 429 was not
            // processed; a 5xx may or may not have created the message.
            throw (int)response.StatusCode switch
            {
                429 => new NotDeliveredException(detail),
                >= 400 and < 500 => new PermanentDeliveryException(detail),
                _ => new HttpRequestException(detail),
            };
        }

        var created = await response.Content.ReadFromJsonAsync<TwilioMessage>(ct)
            ?? throw new HttpRequestException("Twilio answered without a message resource.");
        return created.Sid;
    }

    /// <summary>
    /// Reads the Messages list filtered by To and From, newest first, a few pages at most, for an outbound message
    /// created since <paramref name="since"/> whose body ends with our marker. No DateSent filter: Twilio leaves
    /// date_sent empty while a message is queued, which is exactly the message a crash leaves us unsure about.
    /// </summary>
    public async Task<string?> FindSentAsync(OutboxMessage message, DateTimeOffset since, CancellationToken ct)
    {
        var marker = MessageRef.InBody(message.Ref ?? throw new InvalidOperationException("Only marked messages can be looked up."));
        var url = $"{MessagesUrl}?To={Uri.EscapeDataString(message.To)}&From={Uri.EscapeDataString(_options.FromNumber)}&PageSize={_options.LookupPageSize}";
        for (var page = 0; page < _options.LookupPages && url is not null; page++)
        {
            using var request = Authorized(new HttpRequestMessage(HttpMethod.Get, url));
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"Twilio answered {(int)response.StatusCode} to the Messages list.");
            }

            var list = await response.Content.ReadFromJsonAsync<TwilioMessagePage>(ct)
                ?? throw new HttpRequestException("Twilio answered the Messages list without a page.");
            var hit = list.Messages.FirstOrDefault(m => m.Matches(marker, since));
            if (hit is not null)
            {
                return hit.Sid;
            }

            // Newest first: once a page reaches past the attempt, older pages cannot hold it.
            url = list.Messages.Any(m => m.CreatedBefore(since)) || list.NextPageUri is null
                ? null
                : $"{_options.BaseUrl.TrimEnd('/')}{list.NextPageUri}";
        }

        return null;
    }

    private async Task<HttpResponseMessage> SendOrNotDeliveredAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await http.SendAsync(request, ct);
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            // No connection, so no request: Twilio cannot have the message.
            throw new NotDeliveredException($"Could not reach Twilio: {ex.HttpRequestError}", ex);
        }
    }

    private HttpRequestMessage Authorized(HttpRequestMessage request)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.AccountSid}:{_options.AuthToken}")));
        return request;
    }

    private sealed record TwilioMessage([property: JsonPropertyName("sid")] string Sid);
}
