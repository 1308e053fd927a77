using Nerava.Arrival.Evidence;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Tests.TestSupport;

namespace Nerava.Arrival.Tests.Evidence;

public sealed class ContradictionTests
{
    private static readonly ArrivalPolicyOptions Options = ArrivalPolicyOptions.Default;

    private static TrackingMemory CarAt(double metersFromCharger, DateTimeOffset at) =>
        TrackingMemory.Empty with { RecentFixes = [new PositionFix(Places.FromCharger(metersFromCharger), 10, at)] };

    [Fact]
    public void A_check_in_while_the_fresh_car_position_is_more_than_2_km_away_is_flagged_not_fired()
    {
        var session = Places.Session(memory: CarAt(2_500, Places.T0.AddMinutes(-3)));

        var outcome = ArrivalPolicy.Evaluate(session, Places.CheckIn(10, 10, Places.T0), Options);

        Assert.Equal([new FlagArrival([ArrivalFlags.CarFarAway])], outcome.Decisions, new DecisionComparer());
        Assert.Null(outcome.Evidence);
    }

    [Fact]
    public void A_stale_car_position_or_one_within_2_km_does_not_contradict()
    {
        var stale = Places.Session(memory: CarAt(50_000, Places.T0.AddMinutes(-30)));
        var near = Places.Session(memory: CarAt(1_500, Places.T0.AddMinutes(-1)));

        Assert.Contains(ArrivalPolicy.Evaluate(stale, Places.CheckIn(10, 10, Places.T0), Options).Decisions, d => d is MarkArrived);
        Assert.Contains(ArrivalPolicy.Evaluate(near, Places.CheckIn(10, 10, Places.T0), Options).Decisions, d => d is MarkArrived);
    }

    [Fact]
    public void A_check_in_implying_an_impossible_jump_from_the_last_phone_fix_is_flagged()
    {
        var session = Places.Session() with { LastPhoneFix = new PositionFix(Places.Dallas, 20, Places.T0.AddMinutes(-5)) };

        var outcome = ArrivalPolicy.Evaluate(session, Places.CheckIn(10, 10, Places.T0), Options);

        var flag = Assert.IsType<FlagArrival>(Assert.Single(outcome.Decisions));
        Assert.Equal([ArrivalFlags.ImpossibleJump], flag.Flags);
    }

    [Fact]
    public void A_plausible_drive_since_the_last_phone_fix_is_no_jump()
    {
        var session = Places.Session() with { LastPhoneFix = new PositionFix(Places.Dallas, 20, Places.T0.AddHours(-4)) };

        Assert.Contains(ArrivalPolicy.Evaluate(session, Places.CheckIn(10, 10, Places.T0), Options).Decisions, d => d is MarkArrived);
    }

    [Fact]
    public void Short_hops_are_gps_noise_whatever_the_implied_speed()
    {
        var from = new PositionFix(Places.FromCharger(3_000), 10, Places.T0);
        var to = new PositionFix(Places.FromCharger(0), 10, Places.T0.AddSeconds(1));

        Assert.False(Contradictions.IsImpossibleJump(from, to, EvidenceOptions.Default));
    }

    [Fact]
    public void A_mocked_location_hint_is_flagged_with_every_other_reason()
    {
        var session = Places.Session(memory: CarAt(5_000, Places.T0.AddMinutes(-1)));
        var signal = Places.CheckIn(10, 10, Places.T0) with { MockedLocation = true };

        var flag = Assert.IsType<FlagArrival>(Assert.Single(ArrivalPolicy.Evaluate(session, signal, Options).Decisions));

        Assert.Equal([ArrivalFlags.MockedLocation, ArrivalFlags.CarFarAway], flag.Flags);
    }

    [Fact]
    public void A_charger_plug_in_settles_a_flagged_session()
    {
        var session = Places.Session(memory: CarAt(5_000, Places.T0.AddMinutes(-1)));
        var plug = new Signal(SignalSource.Charger, Places.T0) { Plug = new ChargerPlug(2, ChargerProof.IdTag, Places.T0) };

        Assert.Contains(ArrivalPolicy.Evaluate(session, plug, Options).Decisions, d => d is MarkArrived);
    }

    private sealed class DecisionComparer : IEqualityComparer<Decision>
    {
        public bool Equals(Decision? x, Decision? y) => x is FlagArrival a && y is FlagArrival b ? a.Flags.SequenceEqual(b.Flags) : Equals(x, y);

        public int GetHashCode(Decision obj) => obj.GetType().GetHashCode();
    }
}

public sealed class StickyFlagTests
{
    [Theory]
    [InlineData("impossible_jump", true)]
    [InlineData("mocked_location", true)]
    [InlineData("car_far_away", false)]
    public void Spoofing_flags_keep_later_phone_check_ins_flagged_and_a_far_car_is_judged_afresh(string flag, bool stillFlagged)
    {
        var session = Places.Session() with { Flags = [flag], LastPhoneFix = new PositionFix(Places.FromCharger(10), 10, Places.T0.AddSeconds(-20)) };

        var outcome = ArrivalPolicy.Evaluate(session, Places.CheckIn(10, 10, Places.T0), ArrivalPolicyOptions.Default);

        Assert.Equal(stillFlagged, outcome.Decisions.OfType<FlagArrival>().Any(f => f.Flags.Contains(flag)));
        Assert.Equal(!stillFlagged, outcome.Decisions.OfType<MarkArrived>().Any());
    }

    [Fact]
    public void The_charger_still_confirms_a_session_with_sticky_flags()
    {
        var session = Places.Session() with { Flags = ["mocked_location"] };
        var plug = new Signal(SignalSource.Charger, Places.T0) { Plug = new ChargerPlug(1, ChargerProof.IdTag, Places.T0) };

        Assert.Contains(ArrivalPolicy.Evaluate(session, plug, ArrivalPolicyOptions.Default).Decisions, d => d is MarkArrived);
    }
}
