using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Nerava.Api.IntegrationTests.Features.Notifications;

/// <summary>Phone login in Live delivery mode: the code is read from the SMS the fake Twilio received (no dev outbox).</summary>
public static partial class TwilioLogin
{
    public static async Task<HttpClient> LoginDriverAsync(this NeravaApiFactory api, FakeTwilioServer twilio)
    {
        var phone = NeravaApiFactory.NewPhone();
        var client = api.CreateClient();
        (await client.PostAsJsonAsync("/v1/auth/otp/start", new { phone })).EnsureSuccessStatusCode();
        var sms = await twilio.WaitForMessageAsync(m => m.To == phone, TimeSpan.FromSeconds(45));
        var response = await client.PostAsJsonAsync("/v1/auth/otp/verify", new { phone, code = OtpCode(sms.Body) });
        response.EnsureSuccessStatusCode();
        var tokens = (await response.Content.ReadFromJsonAsync<TokenBody>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.access_token);
        return client;
    }

    public static string OtpCode(string body) => SixDigits().Match(body).Groups[1].Value;

    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex SixDigits();
}
