using System.Text;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Features.Smartcar;
using Nerava.Arrival.Sessions;
using Nerava.Smartcar.Webhooks;

namespace Nerava.Api.IntegrationTests.Features.Smartcar;

/// <summary>POST /v1/webhooks/smartcar: VERIFY, signature, dedupe by event id, and vehicle state as arrival signals.</summary>
public sealed class SmartcarWebhookTests
{

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Vehicle_state_pushes_arrive_the_session_once_and_retries_are_deduplicated(TestDatabase db)
    {
        // The tracker sleeps: only the pushes below may move the session.
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?> { ["Tracking:IdleDelay"] = "01:00:00" });
        var (vehicle, id, _) = await SmartcarWebhookRequests.TrackedSessionAsync(api);
        var first = SmartcarWebhookRequests.VehicleState(vehicle, Demo.SanAntonioChargerLat, Demo.SanAntonioChargerLng, DateTimeOffset.UtcNow.AddSeconds(-40));
        var second = SmartcarWebhookRequests.VehicleState(vehicle, Demo.SanAntonioChargerLat + 0.0001, Demo.SanAntonioChargerLng, DateTimeOffset.UtcNow);

        var before = DateTimeOffset.UtcNow;
        var r1 = await SmartcarWebhookRequests.PostSignedAsync(api, first);
        var nextPoll = await api.WithDbAsync(d => d.TrackedSessions.Where(t => t.SessionId == Guid.Parse(id)).Select(t => t.NextPollAt).SingleAsync());
        var r2 = await SmartcarWebhookRequests.PostSignedAsync(api, second);
        var retry = await SmartcarWebhookRequests.PostSignedAsync(api, second);

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
    public async Task Verify_challenge_for_our_webhook_is_answered_with_the_hmac()
    {
        await using var api = await NeravaApiFactory.CreateAsync(TestDatabase.Sqlite);

        var response = await SmartcarWebhookRequests.PostVerifyAsync(api, SmartcarSetup.SimulatedWebhookId, "challenge");

        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(WebhookChallenge.Respond(SmartcarWebhookRequests.Secret(api), "challenge"), json.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task Bad_signature_or_garbage_is_rejected_and_changes_nothing()
    {
        await using var api = await NeravaApiFactory.CreateAsync(TestDatabase.Sqlite);
        var body = SmartcarWebhookRequests.VehicleState("any-vehicle", 29.4, -98.4, DateTimeOffset.UtcNow);
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/v1/webhooks/smartcar") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        forged.Headers.Add("SC-Signature", WebhookSignature.Compute("not-the-secret", body));

        var rejected = await api.CreateClient().SendAsync(forged);
        var garbage = await api.CreateClient().PostAsync("/v1/webhooks/smartcar", new StringContent("{not json", Encoding.UTF8, "application/json"));

        await ProblemAssert.IsAsync(rejected, HttpStatusCode.Unauthorized, "INVALID_SIGNATURE");
        await ProblemAssert.IsAsync(garbage, HttpStatusCode.BadRequest, "MALFORMED_REQUEST");
        Assert.Equal(0, await api.WithDbAsync(d => d.ProcessedWebhooks.CountAsync(w => w.Source == "smartcar")));
    }
}
