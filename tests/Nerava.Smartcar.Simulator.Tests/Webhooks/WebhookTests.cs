namespace Nerava.Smartcar.Simulator.Tests.Webhooks;

public sealed class WebhookTests
{
    [Fact]
    public async Task Registration_sends_verify_and_activates_when_the_challenge_is_answered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await StartHostAsync();

        var webhook = await RegisterAsync(host, receiver);

        Assert.Equal("active", webhook["status"]!.GetValue<string>());
        var verify = Assert.Single(receiver.Received);
        Assert.Equal("VERIFY", verify.Json["eventType"]!.GetValue<string>());
        Assert.Equal(webhook["webhook_id"]!.GetValue<string>(), verify.Json["meta"]!["webhookId"]!.GetValue<string>());
        Assert.Equal(WebhookReceiver.Hmac(receiver.Secret, verify.RawBody), verify.Signature);
    }

    [Fact]
    public async Task A_failed_challenge_leaves_the_webhook_inactive_and_silent()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AnswerVerifyCorrectly = false;
        await using var host = await StartHostAsync();

        var webhook = await RegisterAsync(host, receiver);
        await host.ConnectAsync([await host.CreateVehicleAsync()]);
        var evaluated = await host.AdminAsync(HttpMethod.Post, "webhooks/evaluate");

        Assert.Equal("verification_failed", webhook["status"]!.GetValue<string>());
        Assert.Equal(0, evaluated["deliveries_started"]!.GetValue<int>());
        Assert.Empty(receiver.VehicleStates);
    }

    [Fact]
    public async Task Vehicle_state_events_are_signed_over_the_raw_body_and_follow_signal_changes()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await StartHostAsync();
        await RegisterAsync(host, receiver);
        var vehicleId = await host.CreateVehicleAsync(new { lat = 1.0, lng = 1.0, soc_percent = 30 });
        var tokens = await host.ConnectAsync([vehicleId]);
        await receiver.WaitUntilAsync(r => r.VehicleStates.Any(), "the first delivery");

        await host.AdminAsync(HttpMethod.Post, $"vehicles/{vehicleId}/charging", new { plugged_in = true });
        await host.AdminAsync(HttpMethod.Put, "clock", new { advance_seconds = 120 });
        await receiver.WaitUntilAsync(r => r.VehicleStates.Any(e => e.TriggerCodes.Contains("tractionbattery-stateofcharge")), "an SoC event");

        var events = receiver.VehicleStates.ToArray();
        Assert.Equal(["FIRST_DELIVERY"], events[0].TriggerCodes);
        Assert.Contains(events, e => e.TriggerCodes.Contains("charge-ischarging"));
        Assert.All(events, e => Assert.Equal(WebhookReceiver.Hmac(receiver.Secret, e.RawBody), e.Signature));
        Assert.Equal(events.Length, events.Select(e => e.Json["eventId"]!.GetValue<string>()).Distinct().Count());
        var last = events.Last(e => e.TriggerCodes.Contains("tractionbattery-stateofcharge")).Json;
        Assert.Equal(vehicleId, last["vehicleId"]!.GetValue<string>());
        Assert.Equal(tokens.UserId, last["data"]!["user"]!["id"]!.GetValue<string>());
        Assert.Equal("4.0", last["meta"]!["version"]!.GetValue<string>());
        var soc = last["data"]!["signals"]!.AsArray().Single(s => s!["code"]!.GetValue<string>() == "tractionbattery-stateofcharge")!;
        Assert.True(soc["body"]!["value"]!.GetValue<double>() > 31, "two minutes at 150 kW adds ~5 %");
    }

    [Fact]
    public async Task Location_changes_beyond_the_threshold_trigger_an_event()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await StartHostAsync();
        await RegisterAsync(host, receiver);
        var vehicleId = await host.CreateVehicleAsync(new { lat = 52.0, lng = 5.0, soc_percent = 80 });
        await host.ConnectAsync([vehicleId]);
        await receiver.WaitUntilAsync(r => r.VehicleStates.Any(), "the first delivery");

        await host.AdminAsync(HttpMethod.Post, $"vehicles/{vehicleId}/trips", new { to_lat = 52.3, to_lng = 5.2 });
        await host.AdminAsync(HttpMethod.Put, "clock", new { advance_seconds = 300 });

        await receiver.WaitUntilAsync(r => r.VehicleStates.Any(e => e.TriggerCodes.Contains("location-preciselocation")), "a location event");
    }

    [Fact]
    public async Task Failed_deliveries_are_retried_with_the_same_event_and_then_succeed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await StartHostAsync();
        await RegisterAsync(host, receiver);
        receiver.FailNext(2);

        await host.ConnectAsync([await host.CreateVehicleAsync()]);
        await receiver.WaitUntilAsync(r => r.VehicleStates.Count() == 3, "three attempts");
        await host.AdminAsync(HttpMethod.Post, "webhooks/drain");

        var attempts = receiver.VehicleStates.ToArray();
        Assert.Single(attempts.Select(a => a.RawBody).Distinct());
        var stats = await host.AdminAsync(HttpMethod.Get, "stats");
        Assert.Equal(3, stats["webhooks"]!["attempts"]!.GetValue<int>());
        Assert.Equal(1, stats["webhooks"]!["delivered"]!.GetValue<int>());
        Assert.Equal(0, stats["webhooks"]!["dropped"]!.GetValue<int>());
    }

    [Fact]
    public async Task Retries_are_bounded_and_the_event_is_then_dropped()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await StartHostAsync();
        await RegisterAsync(host, receiver);
        receiver.FailNext(int.MaxValue);

        await host.ConnectAsync([await host.CreateVehicleAsync()]);
        await receiver.WaitUntilAsync(r => r.VehicleStates.Count() == 3, "three attempts");
        await host.AdminAsync(HttpMethod.Post, "webhooks/drain");
        await Task.Delay(300);

        Assert.Equal(3, receiver.VehicleStates.Count());
        var stats = await host.AdminAsync(HttpMethod.Get, "stats");
        Assert.Equal(1, stats["webhooks"]!["dropped"]!.GetValue<int>());
        Assert.Equal(0, stats["webhooks"]!["delivered"]!.GetValue<int>());
    }

    // Real clock (deliveries and retries run on timers); short retry delays; evaluation is driven by admin changes.
    private static Task<SimulatorHost> StartHostAsync() => SimulatorHost.StartAsync(
        o =>
        {
            o.WebhookRetryDelays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100)];
            o.WebhookEvaluationInterval = TimeSpan.FromMinutes(10);
        },
        fakeTime: false);

    private static async Task<JsonObject> RegisterAsync(SimulatorHost host, WebhookReceiver receiver) =>
        await host.AdminAsync(HttpMethod.Post, "webhooks", new { client_id = SimulatorHost.ClientId, url = receiver.Url, secret = receiver.Secret });
}
