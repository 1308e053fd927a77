using Nerava.Arrival.Evidence;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Tests.TestSupport;

namespace Nerava.Arrival.Tests.Evidence;

public sealed class EvidenceRulesTests
{
    private static readonly ArrivalPolicyOptions Options = ArrivalPolicyOptions.Default;

    private static Signal Plug(ChargerProof proof, DateTimeOffset reportedAt, int stall = 2) =>
        new(SignalSource.Charger, Places.T0) { Plug = new ChargerPlug(stall, proof, reportedAt) };

    [Fact]
    public void A_start_with_the_drivers_id_tag_is_verified_by_charger_with_confidence_3_and_its_stall()
    {
        var evidence = ArrivalPolicy.Evaluate(Places.Session(), Plug(ChargerProof.IdTag, Places.T0.AddSeconds(-4)), Options).Evidence;

        Assert.NotNull(evidence);
        Assert.Equal((3, "charger", (int?)2), (evidence.Confidence, evidence.VerifiedBy, evidence.Stall));
        var item = Assert.Single(evidence.Items);
        Assert.Equal(("charger", 4.0, "id_tag"), (item.Source, item.DataAgeSeconds, item.Detail));
    }

    [Fact]
    public void A_corroborated_plug_in_is_confidence_2_and_3_when_the_phone_agrees()
    {
        var alone = ArrivalPolicy.Evaluate(Places.Session(), Plug(ChargerProof.Corroborated, Places.T0), Options).Evidence!;
        var withPhone = ArrivalPolicy.Evaluate(
            Places.Session() with { LastPhoneFix = new PositionFix(Places.FromCharger(40), 10, Places.T0.AddMinutes(-2)) },
            Plug(ChargerProof.Corroborated, Places.T0), Options).Evidence!;

        Assert.Equal(2, alone.Confidence);
        Assert.Equal(3, withPhone.Confidence);
        Assert.Equal(["charger", "phone"], withPhone.Items.Select(i => i.Source));
    }

    [Fact]
    public void A_phone_check_in_alone_is_confidence_1_and_2_when_the_fresh_car_agrees()
    {
        var alone = ArrivalPolicy.Evaluate(Places.Session(), Places.CheckIn(30, 10, Places.T0), Options).Evidence!;
        var carNear = TrackingMemory.Empty with { RecentFixes = [new PositionFix(Places.FromCharger(60), 5, Places.T0.AddMinutes(-1))] };
        var withCar = ArrivalPolicy.Evaluate(Places.Session(memory: carNear), Places.CheckIn(30, 10, Places.T0), Options).Evidence!;

        Assert.Equal((1, "phone"), (alone.Confidence, alone.VerifiedBy));
        Assert.Equal(30, alone.Items[0].DistanceM!.Value, 0);
        Assert.Equal((2, "phone"), (withCar.Confidence, withCar.VerifiedBy));
        Assert.Equal(60, withCar.Items[1].DataAgeSeconds);
    }

    [Fact]
    public void A_car_arrival_is_confidence_2()
    {
        var driver = new SessionDriver(Places.Session());
        driver.Feed(Places.CarFix(100, Places.T0.AddMinutes(-1)));
        var outcome = driver.Feed(Places.CarFix(20, Places.T0));

        Assert.Contains(outcome.Decisions, d => d is MarkArrived);
        Assert.Equal((2, "car"), (outcome.Evidence!.Confidence, outcome.Evidence.VerifiedBy));
    }

    [Fact]
    public void A_charger_event_stamped_long_ago_is_history_not_an_arrival()
    {
        var outcome = ArrivalPolicy.Evaluate(Places.Session(), Plug(ChargerProof.IdTag, Places.T0.AddMinutes(-45)), Options);

        Assert.Equal([new RejectSignal(SignalErrorCodes.StaleChargerEvent, null)], outcome.Decisions);
    }

    [Fact]
    public void No_evidence_without_an_arrival()
    {
        Assert.Null(ArrivalPolicy.Evaluate(Places.Session(), Places.CheckIn(5_000, 10, Places.T0), Options).Evidence);
    }
}

public sealed class EvidenceMergeTests
{
    private static readonly DateTimeOffset T = Places.T0;

    [Fact]
    public void A_plug_in_after_a_car_arrival_names_the_charger_and_its_stall_and_raises_confidence()
    {
        var car = new ArrivalEvidence([new EvidenceItem("car", T, 40, 30)], 2, "car", null);
        var session = Places.Session(Nerava.Arrival.Sessions.SessionStatus.Arrived);
        var plug = new Signal(SignalSource.Charger, T.AddMinutes(2)) { Plug = new ChargerPlug(2, ChargerProof.Corroborated, T.AddMinutes(2)) };

        var later = ArrivalPolicy.Evaluate(session, plug, ArrivalPolicyOptions.Default).Evidence;
        var merged = EvidenceRules.Merge(car, later!);

        Assert.Equal((3, "charger", (int?)2), (merged.Confidence, merged.VerifiedBy, merged.Stall));
        Assert.Equal(["car", "charger"], merged.Items.Select(i => i.Source));
    }

    [Fact]
    public void A_weaker_or_same_source_later_does_not_rename_or_inflate()
    {
        var charger = new ArrivalEvidence([new EvidenceItem("charger", T, null, 1, 2)], 3, "charger", 2);
        var again = new ArrivalEvidence([new EvidenceItem("charger", T, null, 1, 3)], 3, "charger", 3);
        var phone = new ArrivalEvidence([new EvidenceItem("phone", T, 20, 0)], 1, "phone", null);

        Assert.Equal((3, "charger", (int?)2), Tuple(EvidenceRules.Merge(charger, again)));
        Assert.Equal((2, "charger", (int?)2), Tuple(EvidenceRules.Merge(charger with { Confidence = 1 }, phone)));
    }

    private static (int, string, int?) Tuple(ArrivalEvidence e) => (e.Confidence, e.VerifiedBy, e.Stall);
}
