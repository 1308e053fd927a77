using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Tests.TestSupport;

namespace Nerava.Arrival.Tests.Policy;

/// <summary>A check-in is verified at the session's own site, never at whatever charger the client names.</summary>
public class CheckInTargetTests
{
    // Two stall banks ~120 m apart at the San Marcos outlets, both linked to one merchant; Dallas is ~350 km away.
    private static readonly LinkedCharger Tesla = new("tesla-san-marcos-outlets", new GeoPoint(29.827684, -97.979654));
    private static readonly LinkedCharger Ea = new("ea-san-marcos-outlets", new GeoPoint(29.82676, -97.98034));
    private static readonly GeoPoint DallasCharger = new(32.809636, -96.808726);
    private static readonly GeoPoint MerchantDoor = new(29.8281, -97.9790);
    private static readonly ArrivalPolicyOptions Options = ArrivalPolicyOptions.Default;

    private static SessionSnapshot AtTesla() =>
        Places.Session() with { Destination = Tesla.Point, ChargerId = Tesla.Id, LinkedChargers = [Tesla, Ea] };

    private static SessionSnapshot WithoutCharger() =>
        Places.Session() with { Destination = MerchantDoor, ChargerId = null, LinkedChargers = [Tesla, Ea] };

    private static Signal CheckInAt(GeoPoint where, string? named, SignalSource source = SignalSource.Manual) =>
        new(source, Places.T0, new PositionFix(where, 10, Places.T0), ChargerId: named);

    [Theory]
    [InlineData("tesla-san-marcos-outlets")]
    [InlineData(null)]
    public void Naming_the_sessions_own_charger_or_none_is_verified_there(string? named)
    {
        Assert.Equal(new CheckInSite(Tesla.Point, Tesla.Id, false), CheckInTarget.Resolve(AtTesla(), named));
    }

    [Fact]
    public void A_neighbouring_charger_of_the_same_merchant_is_accepted_and_becomes_the_sessions()
    {
        Assert.Equal(new CheckInSite(Ea.Point, Ea.Id, true), CheckInTarget.Resolve(AtTesla(), Ea.Id));
    }

    [Theory]
    [InlineData("evgo-dallas-cedar-springs")]
    [InlineData("tesla-new-braunfels-bucees")]
    public void Any_other_charger_has_no_site(string named)
    {
        Assert.Null(CheckInTarget.Resolve(AtTesla(), named));
    }

    [Fact]
    public void Without_a_session_charger_a_linked_named_charger_is_taken_else_the_merchant()
    {
        Assert.Equal(new CheckInSite(Ea.Point, Ea.Id, true), CheckInTarget.Resolve(WithoutCharger(), Ea.Id));
        Assert.Equal(new CheckInSite(MerchantDoor, null, false), CheckInTarget.Resolve(WithoutCharger(), "evgo-dallas-cedar-springs"));
        Assert.Equal(new CheckInSite(MerchantDoor, null, false), CheckInTarget.Resolve(WithoutCharger(), null));
    }

    [Theory]
    [InlineData(SignalSource.Manual)]
    [InlineData(SignalSource.PhoneGeofence)]
    public void Checking_in_at_an_unlinked_charger_is_WRONG_CHARGER_with_the_distance_to_the_sessions(SignalSource source)
    {
        var outcome = ArrivalPolicy.Evaluate(AtTesla(), CheckInAt(DallasCharger, "evgo-dallas-cedar-springs", source), Options);

        var reject = Assert.IsType<RejectSignal>(Assert.Single(outcome.Decisions));
        Assert.Equal(SignalErrorCodes.WrongCharger, reject.ErrorCode);
        Assert.InRange(reject.DistanceM!.Value, 345_000, 355_000);
    }

    [Fact]
    public void Checking_in_at_the_neighbouring_stall_bank_arrives_there()
    {
        var outcome = ArrivalPolicy.Evaluate(AtTesla(), CheckInAt(GeoMath.Destination(Ea.Point, 90, 20), Ea.Id), Options);

        var arrived = Assert.IsType<MarkArrived>(outcome.Decisions[0]);
        Assert.Equal(Ea.Id, arrived.AtChargerId);
        Assert.Equal(20, arrived.DistanceM!.Value, 1);
        Assert.IsType<FireKitchen>(outcome.Decisions[1]);
    }

    [Fact]
    public void Naming_the_neighbour_while_far_from_it_is_still_too_far()
    {
        var outcome = ArrivalPolicy.Evaluate(AtTesla(), CheckInAt(GeoMath.Destination(Ea.Point, 180, 2_000), Ea.Id), Options);

        var reject = Assert.IsType<RejectSignal>(Assert.Single(outcome.Decisions));
        Assert.Equal((SignalErrorCodes.TooFarFromCharger, 2_000d), (reject.ErrorCode, Math.Round(reject.DistanceM!.Value)));
    }

    [Fact]
    public void At_the_sessions_own_charger_arrival_keeps_the_charger()
    {
        var outcome = ArrivalPolicy.Evaluate(AtTesla(), CheckInAt(Tesla.Point, Tesla.Id), Options);

        Assert.Null(Assert.IsType<MarkArrived>(outcome.Decisions[0]).AtChargerId);
    }

    [Fact]
    public void Smartcar_fixes_are_measured_against_the_sessions_charger_whatever_they_name()
    {
        var at = Places.T0;
        var session = AtTesla();
        var first = ArrivalPolicy.Evaluate(session, new Signal(SignalSource.Smartcar, at, new PositionFix(DallasCharger, null, at), ChargerId: "evgo-dallas-cedar-springs"), Options);
        var next = session with { Memory = first.Memory };
        var second = ArrivalPolicy.Evaluate(next, new Signal(SignalSource.Smartcar, at.AddMinutes(1),
            new PositionFix(DallasCharger, null, at.AddMinutes(1)), ChargerId: "evgo-dallas-cedar-springs"), Options);

        Assert.Empty(first.Decisions);
        Assert.DoesNotContain(second.Decisions, d => d is MarkArrived);
        Assert.InRange(second.DistanceM!.Value, 345_000, 355_000);
    }
}
