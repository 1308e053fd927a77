using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;
using Nerava.Arrival.Tests.TestSupport;

namespace Nerava.Arrival.Tests.Policy;

public class CheckInTests
{
    private static readonly ArrivalPolicyOptions Options = ArrivalPolicyOptions.Default;

    [Theory]
    [InlineData(SignalSource.Manual)]
    [InlineData(SignalSource.PhoneGeofence)]
    public void A_single_good_fix_arrives_and_fires_the_kitchen(SignalSource source)
    {
        var outcome = ArrivalPolicy.Evaluate(Places.Session(), Places.CheckIn(100, 30, Places.T0, source), Options);

        var arrived = Assert.IsType<MarkArrived>(outcome.Decisions[0]);
        Assert.Equal(source, arrived.Source);
        Assert.Equal(100, arrived.DistanceM!.Value, 0.5);
        Assert.Equal(new FireKitchen(FireReason.Arrival), outcome.Decisions[1]);
        Assert.Equal(2, outcome.Decisions.Count);
        Assert.Equal(0, outcome.EtaMinutes);
    }

    [Fact]
    public void A_pending_order_session_can_arrive_too()
    {
        var outcome = ArrivalPolicy.Evaluate(Places.Session(SessionStatus.PendingOrder), Places.CheckIn(50, null, Places.T0), Options);

        Assert.IsType<MarkArrived>(outcome.Decisions[0]);
    }

    [Fact]
    public void Too_far_is_rejected_with_the_distance()
    {
        var outcome = ArrivalPolicy.Evaluate(Places.Session(), Places.CheckIn(400, 20, Places.T0), Options);

        var reject = Assert.IsType<RejectSignal>(Assert.Single(outcome.Decisions));
        Assert.Equal("TOO_FAR_FROM_CHARGER", reject.ErrorCode);
        Assert.Equal(400, reject.DistanceM!.Value, 0.5);
    }

    [Fact]
    public void Accuracy_worse_than_the_radius_is_rejected()
    {
        var outcome = ArrivalPolicy.Evaluate(Places.Session(), Places.CheckIn(20, 300, Places.T0), Options);

        Assert.Equal("ACCURACY_TOO_LOW", Assert.IsType<RejectSignal>(Assert.Single(outcome.Decisions)).ErrorCode);
    }

    [Fact]
    public void Missing_or_invalid_position_is_rejected()
    {
        var noPosition = ArrivalPolicy.Evaluate(Places.Session(), new Signal(SignalSource.Manual, Places.T0), Options);
        var invalid = ArrivalPolicy.Evaluate(
            Places.Session(),
            new Signal(SignalSource.Manual, Places.T0, new PositionFix(new GeoPoint(123, 0), null, Places.T0)),
            Options);

        Assert.Equal(SignalErrorCodes.PositionRequired, Assert.IsType<RejectSignal>(Assert.Single(noPosition.Decisions)).ErrorCode);
        Assert.Equal(SignalErrorCodes.InvalidCoordinates, Assert.IsType<RejectSignal>(Assert.Single(invalid.Decisions)).ErrorCode);
    }

    [Theory]
    [InlineData(SessionStatus.Arrived, "ALREADY_ARRIVED")]
    [InlineData(SessionStatus.MerchantNotified, "ALREADY_ARRIVED")]
    [InlineData(SessionStatus.Expired, "SESSION_EXPIRED")]
    [InlineData(SessionStatus.Canceled, "SESSION_TERMINAL")]
    [InlineData(SessionStatus.Completed, "SESSION_TERMINAL")]
    public void Check_in_on_a_session_that_cannot_arrive_is_rejected_with_the_table_code(SessionStatus status, string code)
    {
        var outcome = ArrivalPolicy.Evaluate(Places.Session(status), Places.CheckIn(10, 5, Places.T0), Options);

        Assert.Equal(code, Assert.IsType<RejectSignal>(Assert.Single(outcome.Decisions)).ErrorCode);
    }

    [Fact]
    public void Charger_plug_in_arrives_by_itself()
    {
        var signal = new Signal(SignalSource.Charger, Places.T0, ChargerId: "cp-1");
        var session = Places.Session() with { ChargerId = "cp-1" };

        var outcome = ArrivalPolicy.Evaluate(session, signal, Options);

        Assert.Equal([new MarkArrived(SignalSource.Charger, null), new FireKitchen(FireReason.Arrival)], outcome.Decisions);
    }

    [Fact]
    public void Charger_signal_from_another_charger_is_rejected()
    {
        var session = Places.Session() with { ChargerId = "cp-1" };

        var outcome = ArrivalPolicy.Evaluate(session, new Signal(SignalSource.Charger, Places.T0, ChargerId: "cp-2"), Options);

        Assert.Equal(SignalErrorCodes.WrongCharger, Assert.IsType<RejectSignal>(Assert.Single(outcome.Decisions)).ErrorCode);
    }

    [Fact]
    public void Charger_signal_on_an_arrived_session_is_not_a_second_arrival()
    {
        var outcome = ArrivalPolicy.Evaluate(Places.Session(SessionStatus.Arrived), new Signal(SignalSource.Charger, Places.T0), Options);

        Assert.Empty(outcome.Decisions);
    }

    [Theory]
    [InlineData(SignalSource.Manual, "manual")]
    [InlineData(SignalSource.PhoneGeofence, "phone_geofence")]
    [InlineData(SignalSource.Smartcar, "smartcar")]
    [InlineData(SignalSource.SmartcarWebhook, "smartcar_webhook")]
    [InlineData(SignalSource.Charger, "charger")]
    public void Signal_sources_have_stable_wire_names(SignalSource source, string wire)
    {
        Assert.Equal(wire, source.ToWire());
        Assert.True(SignalSourceNames.TryParse(wire, out var parsed));
        Assert.Equal(source, parsed);
    }
}
