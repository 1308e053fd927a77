using System.Text;
using Microsoft.EntityFrameworkCore;
using Nerava.Arrival.Sessions;
using Nerava.Smartcar.Webhooks;

namespace Nerava.Api.IntegrationTests.Features.Smartcar;

/// <summary>POST /v1/webhooks/smartcar: VERIFY, signature, dedupe by event id, and vehicle state as arrival signals.</summary>
public sealed class SmartcarWebhookTests
{
    private const string Secret = "simulated-webhook-secret"; // The embedded simulator's application management token.

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Vehicle_state_pushes_arrive_the_session_once_and_retries_are_deduplicated(TestDatabase db)
    {
        // The tracker sleeps: only the pushes below may move the session.
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?> { ["Tracking:IdleDelay"] = "01:00:00" });
        var (driver, _) = await api.LoginDriverAsync();
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
        var first = VehicleState(vehicle, Demo.SanAntonioChargerLat, Demo.SanAntonioChargerLng, DateTimeOffset.UtcNow.AddSeconds(-40));
        var second = VehicleState(vehicle, Demo.SanAntonioChargerLat + 0.0001, Demo.SanAntonioChargerLng, DateTimeOffset.UtcNow);

        var before = DateTimeOffset.UtcNow;
        var r1 = await PostSignedAsync(api, first);
        var nextPoll = await api.WithDbAsync(d => d.TrackedSessions.Where(t => t.SessionId == Guid.Parse(id)).Select(t => t.NextPollAt).SingleAsync());
        var r2 = await PostSignedAsync(api, second);
        var retry = await PostSignedAsync(api, second);

        Assert.Equal(HttpStatusCode.OK, r1.StatusCode);
        Assert.True(nextPoll > before, "A push should stand in for the poll that was due.");
        Assert.Equal("accepted", (await r2.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal("duplicate", (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var session = await api.WithDbAsync(d => d.Sessions.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(id)));
        Assert.Equal("smartcar_webhook", session.ArrivalSource);
        Assert.Contains(session.Status, new[] { SessionStatus.Arrived, SessionStatus.MerchantNotified }); // The dispatcher may already have sent it.
        Assert.Equal(75, session.SmartcarLastBatteryPercent);
        Assert.Equal(1, await api.WithDbAsync(d => d.Outbox.CountAsync(m => m.SessionId == Guid.Parse(id) && m.Kind == "kitchen_fire" && m.Channel == "sms")));
    }

    [Fact]
    public async Task Verify_challenge_is_answered_with_the_hmac()
    {
        await using var api = await NeravaApiFactory.CreateAsync(TestDatabase.Sqlite);
        const string body = """{"eventId":"52f6e0bb-1369-45da-a61c-9e67d092d6db","eventType":"VERIFY","data":{"challenge":"challenge"},"meta":{"version":"4.0"}}""";

        var response = await api.CreateClient().PostAsync("/v1/webhooks/smartcar", new StringContent(body, Encoding.UTF8, "application/json"));

        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(WebhookChallenge.Respond(Secret, "challenge"), json.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task Bad_signature_or_garbage_is_rejected_and_changes_nothing()
    {
        await using var api = await NeravaApiFactory.CreateAsync(TestDatabase.Sqlite);
        var body = VehicleState("any-vehicle", 29.4, -98.4, DateTimeOffset.UtcNow);
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/v1/webhooks/smartcar") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        forged.Headers.Add("SC-Signature", WebhookSignature.Compute("not-the-secret", body));

        var rejected = await api.CreateClient().SendAsync(forged);
        var garbage = await api.CreateClient().PostAsync("/v1/webhooks/smartcar", new StringContent("{not json", Encoding.UTF8, "application/json"));

        await ProblemAssert.IsAsync(rejected, HttpStatusCode.Unauthorized, "INVALID_SIGNATURE");
        await ProblemAssert.IsAsync(garbage, HttpStatusCode.BadRequest, "MALFORMED_REQUEST");
        Assert.Equal(0, await api.WithDbAsync(d => d.ProcessedWebhooks.CountAsync(w => w.Source == "smartcar")));
    }

    private static async Task<HttpResponseMessage> PostSignedAsync(NeravaApiFactory api, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/webhooks/smartcar") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("SC-Signature", WebhookSignature.Compute(Secret, body));
        return await api.CreateClient().SendAsync(request);
    }

    private static string VehicleState(string vehicleId, double lat, double lng, DateTimeOffset at)
    {
        var ms = at.ToUnixTimeMilliseconds();
        var latText = lat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lngText = lng.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $$$"""
            {"eventId":"{{{Guid.NewGuid()}}}","eventType":"VEHICLE_STATE","data":{"user":{"id":"u1"},"vehicle":{"id":"{{{vehicleId}}}","make":"HYUNDAI","model":"Ioniq 5","year":2024},
            "signals":[{"code":"location-preciselocation","name":"PreciseLocation","group":"Location","body":{"latitude":{{{latText}}},"longitude":{{{lngText}}}},"status":{"value":"SUCCESS"},"meta":{"retrievedAt":{{{ms}}},"oemUpdatedAt":{{{ms}}}}},
            {"code":"tractionbattery-stateofcharge","name":"StateOfCharge","group":"TractionBattery","body":{"unit":"percent","value":75},"status":{"value":"SUCCESS"},"meta":{"retrievedAt":{{{ms}}},"oemUpdatedAt":{{{ms}}}}}]},
            "triggers":[{"type":"SIGNAL_UPDATED","signal":{"code":"location-preciselocation"}}],"meta":{"version":"4.0","mode":"TEST"}}
            """;
    }
}
