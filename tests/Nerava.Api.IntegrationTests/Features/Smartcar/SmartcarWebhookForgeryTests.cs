using System.Text;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Features.Smartcar;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.IntegrationTests.Features.Smartcar;

/// <summary>
/// The attacks on POST /v1/webhooks/smartcar: VERIFY as a signing oracle, someone else's webhook id, late (stale) data,
/// and data about a car that is not connected to us. Each gets its answer and changes nothing.
/// </summary>
public sealed class SmartcarWebhookForgeryTests
{
    // The tracker sleeps in these tests: only the pushes below may move a session.
    private static readonly Dictionary<string, string?> TrackerAsleep = new() { ["Tracking:IdleDelay"] = "01:00:00" };

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_json_event_body_sent_as_the_challenge_is_refused_so_verify_signs_nothing(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, TrackerAsleep);
        var (vehicle, id, _) = await SmartcarWebhookRequests.TrackedSessionAsync(api);
        var forged = SmartcarWebhookRequests.VehicleState(vehicle, Demo.SanAntonioChargerLat, Demo.SanAntonioChargerLng, DateTimeOffset.UtcNow);

        var oracle = await SmartcarWebhookRequests.PostVerifyAsync(api, SmartcarSetup.SimulatedWebhookId, forged);
        var spaced = await SmartcarWebhookRequests.PostVerifyAsync(api, SmartcarSetup.SimulatedWebhookId, "two words");
        var huge = await SmartcarWebhookRequests.PostVerifyAsync(api, SmartcarSetup.SimulatedWebhookId, new string('a', 5_000));

        var problem = await ProblemAssert.IsAsync(oracle, HttpStatusCode.BadRequest, "INVALID_CHALLENGE");
        Assert.DoesNotContain("challenge\":\"", problem.GetRawText().Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        await ProblemAssert.IsAsync(spaced, HttpStatusCode.BadRequest, "INVALID_CHALLENGE");
        await ProblemAssert.IsAsync(huge, HttpStatusCode.BadRequest, "INVALID_CHALLENGE");
        Assert.Equal("awaiting_arrival", await api.StatusAsync(id));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Verify_for_a_webhook_id_that_is_not_ours_is_refused(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db);

        var unknown = await SmartcarWebhookRequests.PostVerifyAsync(api, Guid.NewGuid().ToString(), "0f3c8e2a9b7d4c1e8f6a5b4c3d2e1f00");
        var missing = await api.CreateClient().PostAsync("/v1/webhooks/smartcar", new StringContent(
            """{"eventId":"e1","eventType":"VERIFY","data":{"challenge":"abc"},"meta":{"version":"4.0"}}""", Encoding.UTF8, "application/json"));

        await ProblemAssert.IsAsync(unknown, HttpStatusCode.BadRequest, "UNKNOWN_WEBHOOK");
        await ProblemAssert.IsAsync(missing, HttpStatusCode.BadRequest, "UNKNOWN_WEBHOOK");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_configured_webhook_id_is_answered(TestDatabase db)
    {
        var ours = Guid.NewGuid().ToString();
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?> { ["Smartcar:WebhookIds:0"] = ours });

        var response = await SmartcarWebhookRequests.PostVerifyAsync(api, ours, "0f3c8e2a9b7d4c1e8f6a5b4c3d2e1f00");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(64, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("challenge").GetString()!.Length);
    }

    [Fact]
    public async Task The_embedded_simulator_can_register_and_verify_its_webhook_so_the_demo_works()
    {
        await using var api = await NeravaApiFactory.CreateAsync(TestDatabase.Sqlite);

        var created = await api.CreateClient().PostAsJsonAsync("/smartcar-sim/admin/webhooks",
            new { client_id = "nerava-embedded", url = "http://localhost/v1/webhooks/smartcar" });

        var webhook = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(SmartcarSetup.SimulatedWebhookId, webhook.GetProperty("webhook_id").GetString());
        Assert.Equal("active", webhook.GetProperty("status").GetString());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Stale_pushes_are_recorded_but_never_arrive(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, TrackerAsleep);
        var (vehicle, id, _) = await SmartcarWebhookRequests.TrackedSessionAsync(api);
        // Inside the fence, 12 and 11 minutes old: past Tracking:MaxDataAgeMinutes (10), as a late Smartcar delivery is.
        var old = DateTimeOffset.UtcNow.AddMinutes(-12);
        var late = DateTimeOffset.UtcNow.AddMinutes(-11);

        var r1 = await SmartcarWebhookRequests.PostSignedAsync(api, SmartcarWebhookRequests.VehicleState(vehicle, Demo.SanAntonioChargerLat, Demo.SanAntonioChargerLng, old));
        var r2 = await SmartcarWebhookRequests.PostSignedAsync(api, SmartcarWebhookRequests.VehicleState(vehicle, Demo.SanAntonioChargerLat + 0.0001, Demo.SanAntonioChargerLng, late));
        // Recorded now, but measured by the car 11 minutes ago: stale too.
        var r3 = await SmartcarWebhookRequests.PostSignedAsync(api, SmartcarWebhookRequests.VehicleState(vehicle, Demo.SanAntonioChargerLat, Demo.SanAntonioChargerLng + 0.0001,
            late.AddSeconds(30), DateTimeOffset.UtcNow));

        Assert.All(new[] { r1, r2, r3 }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var session = await api.WithDbAsync(d => d.Sessions.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(id)));
        Assert.Equal(SessionStatus.AwaitingArrival, session.Status);
        Assert.Null(session.GeofenceEnteredAt);
        Assert.Equal(Demo.SanAntonioChargerLng + 0.0001, session.SmartcarLastLocationLng!.Value, 6); // Recorded.
        Assert.Equal(0, await api.WithDbAsync(d => d.Outbox.CountAsync(m => m.SessionId == Guid.Parse(id) && m.Kind == "kitchen_fire")));

        // The same places, fresh, do arrive: the refusal above was the data's age.
        await SmartcarWebhookRequests.PostSignedAsync(api, SmartcarWebhookRequests.VehicleState(vehicle, Demo.SanAntonioChargerLat, Demo.SanAntonioChargerLng, DateTimeOffset.UtcNow.AddSeconds(-40)));
        await SmartcarWebhookRequests.PostSignedAsync(api, SmartcarWebhookRequests.VehicleState(vehicle, Demo.SanAntonioChargerLat + 0.0001, Demo.SanAntonioChargerLng, DateTimeOffset.UtcNow));
        Assert.Contains(await api.StatusAsync(id), new[] { "arrived", "merchant_notified" });
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Pushes_for_a_car_without_an_active_connection_are_ignored(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, TrackerAsleep);
        var (vehicle, id, _) = await SmartcarWebhookRequests.TrackedSessionAsync(api);
        await api.WithDbAsync(d => d.SmartcarConnections.Where(c => c.VehicleId == vehicle).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, Nerava.Api.Data.Entities.ConnectionStatus.Revoked)));

        var first = await SmartcarWebhookRequests.PostSignedAsync(api, SmartcarWebhookRequests.VehicleState(vehicle, Demo.SanAntonioChargerLat, Demo.SanAntonioChargerLng, DateTimeOffset.UtcNow.AddSeconds(-40)));
        var second = await SmartcarWebhookRequests.PostSignedAsync(api, SmartcarWebhookRequests.VehicleState(vehicle, Demo.SanAntonioChargerLat + 0.0001, Demo.SanAntonioChargerLng, DateTimeOffset.UtcNow));
        var stranger = await SmartcarWebhookRequests.PostSignedAsync(api, SmartcarWebhookRequests.VehicleState("not-our-car", Demo.SanAntonioChargerLat, Demo.SanAntonioChargerLng, DateTimeOffset.UtcNow));

        Assert.All(new[] { first, second, stranger }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal("ignored", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal("ignored", (await stranger.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var session = await api.WithDbAsync(d => d.Sessions.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(id)));
        Assert.Equal(SessionStatus.AwaitingArrival, session.Status);
        Assert.Null(session.SmartcarLastLocationAt);
    }
}
