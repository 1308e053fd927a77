using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nerava.Api.Features.Smartcar;
using Nerava.Smartcar.Webhooks;

namespace Nerava.Api.IntegrationTests.Features.Smartcar;

/// <summary>Smartcar webhook deliveries in the current (meta.version 4.0) wire format, signed as Smartcar signs them.</summary>
internal static class SmartcarWebhookRequests
{
    /// <summary>A driver with a connected (simulated) car and a bound Smartcar session at the San Antonio charger.</summary>
    public static async Task<(string VehicleId, string SessionId, string DriverToken)> TrackedSessionAsync(NeravaApiFactory api)
    {
        var (driver, tokens) = await api.LoginDriverAsync();
        var vehicle = await api.ConnectCarAsync(driver);
        var create = await driver.PostCreateAsync(new
        {
            merchant_id = Demo.StaffMerchant,
            charger_id = Demo.SanAntonioCharger,
            arrival_type = "ev_curbside",
            lat = 29.6,
            lng = -98.4,
            use_smartcar = true,
        });
        var id = (await create.Content.ReadFromJsonAsync<JsonElement>()).Id();
        (await driver.BindOrderAsync(id)).EnsureSuccessStatusCode();
        return (vehicle, id, tokens.access_token);
    }

    public static async Task<HttpResponseMessage> PostSignedAsync(NeravaApiFactory api, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/webhooks/smartcar") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("SC-Signature", WebhookSignature.Compute(Secret(api), body));
        return await api.CreateClient().SendAsync(request);
    }

    /// <summary>The embedded simulator's application management token, generated on first run into the data folder.</summary>
    public static string Secret(NeravaApiFactory api) => api.Services.GetRequiredService<IOptions<SmartcarHostOptions>>().Value.WebhookSecret;

    public static Task<HttpResponseMessage> PostVerifyAsync(NeravaApiFactory api, string webhookId, string challenge)
    {
        var body = JsonSerializer.Serialize(new
        {
            eventId = Guid.NewGuid().ToString(),
            eventType = "VERIFY",
            data = new { challenge },
            meta = new { version = "4.0", webhookId, webhookName = "Nerava", deliveryId = Guid.NewGuid().ToString(), deliveredAt = "2026-07-31T19:38:42.332Z" },
        });
        return api.CreateClient().PostAsync("/v1/webhooks/smartcar", new StringContent(body, Encoding.UTF8, "application/json"));
    }

    public static string VehicleState(string vehicleId, double lat, double lng, DateTimeOffset at, DateTimeOffset? retrievedAt = null)
    {
        var ms = at.ToUnixTimeMilliseconds();
        var retrievedMs = (retrievedAt ?? at).ToUnixTimeMilliseconds();
        var latText = lat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lngText = lng.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $$$"""
            {"eventId":"{{{Guid.NewGuid()}}}","eventType":"VEHICLE_STATE","data":{"user":{"id":"u1"},"vehicle":{"id":"{{{vehicleId}}}","make":"HYUNDAI","model":"Ioniq 5","year":2024},
            "signals":[{"code":"location-preciselocation","name":"PreciseLocation","group":"Location","body":{"latitude":{{{latText}}},"longitude":{{{lngText}}}},"status":{"value":"SUCCESS"},"meta":{"retrievedAt":{{{retrievedMs}}},"oemUpdatedAt":{{{ms}}}}},
            {"code":"tractionbattery-stateofcharge","name":"StateOfCharge","group":"TractionBattery","body":{"unit":"percent","value":75},"status":{"value":"SUCCESS"},"meta":{"retrievedAt":{{{retrievedMs}}},"oemUpdatedAt":{{{ms}}}}}]},
            "triggers":[{"type":"SIGNAL_UPDATED","signal":{"code":"location-preciselocation"}}],"meta":{"version":"4.0","mode":"TEST"}}
            """;
    }
}
