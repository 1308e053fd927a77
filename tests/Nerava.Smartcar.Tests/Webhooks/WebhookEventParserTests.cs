using System.Text;
using System.Text.Json;
using Nerava.Smartcar.Tests.Infrastructure;
using Nerava.Smartcar.V3;
using Nerava.Smartcar.Webhooks;

namespace Nerava.Smartcar.Tests.Webhooks;

public sealed class WebhookEventParserTests
{
    [Fact]
    public void V4_verify_reads_event_id_and_meta()
    {
        var e = WebhookEventParser.Parse(Encoding.UTF8.GetBytes(Fixture.Read("webhooks/v4-verify.json")));

        Assert.Equal("52f6e0bb-1369-45da-a61c-9e67d092d6db", e.EventId);
        Assert.Equal("VERIFY", e.RawEventType);
        Assert.Null(e.VehicleId);
        Assert.Equal("4.0", e.Meta.Version);
        Assert.Equal("5a8e5e38-1e12-4011-a36d-56f120053f9e", e.Meta.WebhookId);
        Assert.Equal(new DateTimeOffset(2025, 7, 31, 19, 38, 42, 332, TimeSpan.Zero), e.Meta.DeliveredAt);
    }

    [Fact]
    public void Vehicle_state_reads_signals_errors_triggers_and_user()
    {
        var e = WebhookEventParser.Parse(Fixture.Read("webhooks/v4-vehicle-state.json"));

        Assert.Equal(WebhookEventType.VehicleState, e.EventType);
        Assert.Equal("5a537912-9ad3-424b-ba33-65a1704567e9", e.EventId);
        Assert.Equal("123e4567-e89b-12d3-a456-426614174000", e.VehicleId);
        Assert.Equal("93b3ea96-ca37-43a9-9073-f4334712dbc7", e.UserId);
        Assert.Equal(3, e.Signals.Count);

        var location = e.Signals.Single(s => s.Code == SignalCodes.PreciseLocation);
        Assert.True(location.HasValue);
        Assert.Equal(37.7749, location.GetNumber("latitude"));
        Assert.Equal(-122.4194, location.GetNumber("longitude"));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1758668712404), location.OemUpdatedAt);

        var atHome = e.Signals.Single(s => s.Code == "location-isathome");
        Assert.False(atHome.HasValue);
        Assert.Equal(new V3SignalError("COMPATIBILITY", "VEHICLE_NOT_CAPABLE"), atHome.Error);

        Assert.Equal(75, e.Signals.Single(s => s.Code == SignalCodes.StateOfCharge).GetNumber("value"));
        var trigger = Assert.Single(e.Triggers);
        Assert.Equal(new WebhookTrigger("SIGNAL_UPDATED", SignalCodes.StateOfCharge), trigger);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1761896351529), e.Meta.DeliveredAt);
        Assert.Equal(3, e.Meta.SignalCount);
        Assert.Equal("LIVE", e.Meta.Mode);
    }

    [Fact]
    public void First_delivery_with_percentage_body_and_epoch_seconds()
    {
        var e = WebhookEventParser.Parse(Fixture.Read("webhooks/v4-vehicle-state-first-delivery.json"));

        Assert.Equal(new WebhookTrigger("FIRST_DELIVERY", null), Assert.Single(e.Triggers));
        Assert.Equal("1HGCM82633A123456", e.Vehicle?.Vin);
        Assert.Equal(75, Assert.Single(e.Signals).GetNumber("percentage"));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), e.Meta.DeliveredAt);
    }

    [Fact]
    public void Vehicle_error_keeps_state_and_raw_data()
    {
        var e = WebhookEventParser.Parse(Fixture.Read("webhooks/v4-vehicle-error.json"));

        Assert.Equal(WebhookEventType.VehicleError, e.EventType);
        Assert.Equal("7f0c1d2e-3a4b-4c5d-8e6f-708192a3b4c5", e.EventId);
        Assert.Equal("123e4567-e89b-12d3-a456-426614174000", e.VehicleId);
        Assert.Equal("ERROR", e.State);
        Assert.Equal("SUBSCRIPTION", e.Data!.Value.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Legacy_v2_data_payload_reads_batch_shaped_items()
    {
        var e = WebhookEventParser.Parse(Fixture.Read("webhooks/v2-scheduled.json"));

        Assert.Equal(WebhookEventType.V2Data, e.EventType);
        Assert.Equal("scheduled", e.RawEventType);
        Assert.Equal("2.0", e.Meta.Version);
        Assert.Equal("36ab27d0-fd9d-4455-823a-ce30af709ffc", e.VehicleId);
        var item = Assert.Single(Assert.Single(e.V2Vehicles).Data);
        Assert.Equal("/battery", item.Path);
        Assert.Equal(0.58, item.Body.GetProperty("percentRemaining").GetDouble());
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 59, 0, TimeSpan.Zero), item.Meta.DataAge);
    }

    [Fact]
    public void Non_object_payload_is_rejected()
    {
        Assert.ThrowsAny<JsonException>(() => WebhookEventParser.Parse("[1,2]"));
    }
}
