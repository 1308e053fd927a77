using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Nerava.Api.Features.Demo;

namespace Nerava.Bench.Http;

/// <summary>
/// Drivers, sessions and a staff login made through the public API, as users make them: the OTP code is read from the
/// SMS the worker sent to the Twilio stand-in.
/// </summary>
internal sealed partial class HttpFixtures(HttpClient http, string baseUrl, MessageSinks sinks)
{
    public const string MerchantId = "petes-tako-house-sa";
    public const string ChargerId = "tesla-san-antonio-broadway";
    public const double ChargerLat = 29.43215;
    public const double ChargerLng = -98.48270;

    public static string CreateBody => Json(new JsonObject
    {
        ["merchant_id"] = MerchantId,
        ["charger_id"] = ChargerId,
        ["arrival_type"] = "ev_curbside",
        ["fulfillment_type"] = "walk_in",
        ["lat"] = 32.7767, // ordered from Dallas
        ["lng"] = -96.7970,
    });

    public static string CheckInBody => Json(new JsonObject
    {
        ["charger_id"] = ChargerId,
        ["lat"] = ChargerLat,
        ["lng"] = ChargerLng,
        ["accuracy_m"] = 12,
    });

    /// <summary>Logs in <paramref name="count"/> new drivers (phones +1512556NNNN from <paramref name="first"/>) with a vehicle each.</summary>
    public async Task<List<string>> DriversAsync(int first, int count)
    {
        var tokens = new List<string>();
        for (var i = first; i < first + count; i++)
        {
            var phone = string.Create(CultureInfo.InvariantCulture, $"+1512556{i:0000}");
            await PostAsync("/v1/auth/otp/start", null, new JsonObject { ["phone"] = phone });
            var code = await sinks.WaitForSmsAsync(phone, body => CodePattern().Match(body) is { Success: true } m ? m.Groups[1].Value : null);
            var verified = await PostAsync("/v1/auth/otp/verify", null, new JsonObject { ["phone"] = phone, ["code"] = code });
            var token = verified["access_token"]!.GetValue<string>();
            await SendAsync(HttpMethod.Put, "/v1/me/vehicle", token, new JsonObject { ["color"] = "Pearl White", ["model"] = "Tesla Model Y" });
            tokens.Add(token);
        }

        return tokens;
    }

    /// <summary>One session per driver (created from Dallas, not yet arrived): its id.</summary>
    public async Task<string> CreateSessionAsync(string token)
    {
        var created = await SendAsync(HttpMethod.Post, "/v1/arrival/create", token, JsonNode.Parse(CreateBody)!.AsObject(),
            ("Idempotency-Key", Guid.NewGuid().ToString()));
        return created["session_id"]!.GetValue<string>();
    }

    /// <summary>Cancels the drivers' open sessions (a wrk run cut off mid-sequence leaves some), so every measured create is new.</summary>
    public async Task CancelOpenSessionsAsync(IEnumerable<string> tokens)
    {
        foreach (var token in tokens)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl + "/v1/arrival/active"));
            request.Headers.Authorization = new("Bearer", token);
            using var response = await http.SendAsync(request);
            var active = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["session"]?["session_id"]?.GetValue<string>();
            if (active is not null)
            {
                // A cancel wrk sent just before it stopped may commit between the read and this cancel: finished either way.
                try
                {
                    await SendAsync(HttpMethod.Post, $"/v1/arrival/{active}/cancel", token, []);
                }
                catch (InvalidOperationException e) when (e.Message.Contains("\"SESSION_TERMINAL\"", StringComparison.Ordinal))
                {
                }
            }
        }
    }

    public async Task<string> StaffTokenAsync()
    {
        var login = await PostAsync("/v1/merchant/auth/login", null,
            new JsonObject { ["email"] = DemoDataSeeder.DemoStaffEmail, ["password"] = DemoDataSeeder.DemoStaffPassword });
        return login["access_token"]!.GetValue<string>();
    }

    private Task<JsonObject> PostAsync(string path, string? token, JsonObject body) => SendAsync(HttpMethod.Post, path, token, body);

    private async Task<JsonObject> SendAsync(HttpMethod method, string path, string? token, JsonObject body, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseUrl + path)) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject();
    }

    private static string Json(JsonObject o) => o.ToJsonString();

    [GeneratedRegex(@"code is (\d{6})")]
    private static partial Regex CodePattern();
}
