using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Nerava.Api.IntegrationTests.Features.Notifications;

namespace Nerava.Chaos;

/// <summary>One driver's arrival: the session, its order number (printed in the merchant's text) and the merchant's phone.</summary>
internal sealed record Arrival(Guid SessionId, string OrderNumber, string MerchantPhone);

/// <summary>A (charger, merchant) pair from the demo catalog, with where to stand to check in.</summary>
internal sealed record Site(string ChargerId, double Lat, double Lng, string MerchantId);

/// <summary>
/// What drivers do, against the API processes: log in by SMS code (read from the fake Twilio), create a session at a
/// merchant, bind an order, and check in at the charger — the arrival that makes the worker text the kitchen.
/// </summary>
internal sealed partial class ArrivalLoad(FailoverClient api, FakeTwilioServer twilio)
{
    public async Task<IReadOnlyList<Site>> SitesAsync()
    {
        using var chargers = await api.SendAsync(HttpMethod.Get, "/v1/chargers?lat=30.5&lng=-97.5&radius_m=1000000");
        var sites = new List<Site>();
        foreach (var charger in (await chargers.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray())
        {
            var id = charger.GetProperty("id").GetString()!;
            using var merchants = await api.SendAsync(HttpMethod.Get, $"/v1/merchants?charger_id={Uri.EscapeDataString(id)}");
            sites.AddRange((await merchants.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(m => new Site(id,
                charger.GetProperty("lat").GetDouble(), charger.GetProperty("lng").GetDouble(), m.GetProperty("id").GetString()!)));
        }

        return sites;
    }

    /// <summary>Logs in, creates the session and binds the order; the check-in comes later, with the whole burst.</summary>
    public async Task<(string Token, Arrival Arrival, Site Site)> PrepareAsync(int driver, Site site, string merchantPhone)
    {
        var phone = $"+1512555{2000 + driver:D4}";
        var token = await LoginAsync(phone);
        using var created = await api.SendAsync(HttpMethod.Post, "/v1/arrival/create", new
        {
            merchant_id = site.MerchantId,
            charger_id = site.ChargerId,
            arrival_type = "ev_curbside",
            lat = site.Lat + 0.05,
            lng = site.Lng,
            accuracy_m = 20,
        }, token, $"chaos-create-{driver}");
        var session = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = session.TryGetProperty("session_id", out var sid) ? sid.GetString()! : throw new InvalidOperationException($"create: {session}");
        var order = $"C-{driver:D4}";
        using var bound = await api.SendAsync(HttpMethod.Put, $"/v1/arrival/{id}/order", new { order_number = order, estimated_total_cents = 2500 }, token);
        if (!bound.IsSuccessStatusCode && bound.StatusCode != HttpStatusCode.Conflict)
        {
            throw new InvalidOperationException($"bind order: {(int)bound.StatusCode} {await bound.Content.ReadAsStringAsync()}");
        }

        return (token, new Arrival(Guid.Parse(id), order, merchantPhone), site);
    }

    /// <summary>"I'm here" at the charger; a repeat after a cut connection finds the session already arrived (409).</summary>
    public async Task CheckInAsync(string token, Arrival arrival, Site site)
    {
        using var response = await api.SendAsync(HttpMethod.Post, $"/v1/arrival/{arrival.SessionId}/confirm-arrival",
            new { charger_id = site.ChargerId, lat = site.Lat, lng = site.Lng, accuracy_m = 10 }, token);
        if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.Conflict)
        {
            throw new InvalidOperationException($"check-in: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private async Task<string> LoginAsync(string phone)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var since = DateTimeOffset.UtcNow;
            using var started = await api.SendAsync(HttpMethod.Post, "/v1/auth/otp/start", new { phone });
            if (!started.IsSuccessStatusCode)
            {
                await Task.Delay(1000);
                continue;
            }

            // The code travels through the worker, which may be dead for a while.
            var sms = await twilio.WaitForMessageAsync(m => m.To == phone && m.DateCreated >= since.AddSeconds(-1), TimeSpan.FromMinutes(2));
            using var verified = await api.SendAsync(HttpMethod.Post, "/v1/auth/otp/verify", new { phone, code = Code().Match(sms.Body).Value });
            if (verified.IsSuccessStatusCode)
            {
                return (await verified.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
            }
        }

        throw new InvalidOperationException($"Could not log in {phone}.");
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex Code();
}
