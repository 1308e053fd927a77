using Nerava.Arrival.Sessions;
using Nerava.Bench.Tracking;

namespace Nerava.Bench.Tests;

/// <summary>The seed's polling job, rule by rule (seed phases 4.3 and 5).</summary>
public class SeedRulesTests
{
    [Theory]
    [InlineData(SessionStatus.PendingOrder, true)]
    [InlineData(SessionStatus.AwaitingArrival, true)]
    [InlineData(SessionStatus.Arrived, false)]
    [InlineData(SessionStatus.MerchantNotified, false)]
    [InlineData(SessionStatus.Completed, false)]
    public void Only_pending_and_awaiting_sessions_are_polled(SessionStatus status, bool polled) =>
        Assert.Equal(polled, SeedRules.IsPolled(status));

    [Theory]
    [InlineData(0, true)]
    [InlineData(250, true)]
    [InlineData(250.1, false)]
    [InlineData(600, false)]
    public void One_fix_within_250_m_arrives(double distance, bool arrives) => Assert.Equal(arrives, SeedRules.Arrives(distance));

    [Theory]
    [InlineData(100, 0)]
    [InlineData(251, 1)] // at least 1 minute outside the radius
    [InlineData(1_599, 1)]
    [InlineData(1_600, 2)]
    [InlineData(4_799, 5)]
    [InlineData(4_800, 6)]
    [InlineData(48_000, 60)]
    public void The_eta_is_the_straight_line_at_30_mph_in_whole_minutes(double distance, int minutes) =>
        Assert.Equal(minutes, SeedRules.EtaMinutes(distance));

    [Theory]
    [InlineData(SessionStatus.AwaitingArrival, 5, true)]
    [InlineData(SessionStatus.AwaitingArrival, 1, true)]
    [InlineData(SessionStatus.AwaitingArrival, 6, false)]
    [InlineData(SessionStatus.AwaitingArrival, 0, false)] // inside: "if session.smartcar_eta_minutes" is falsy
    [InlineData(SessionStatus.PendingOrder, 3, false)]
    [InlineData(SessionStatus.MerchantNotified, 3, false)]
    public void The_heads_up_goes_out_at_an_eta_of_one_to_five_minutes_while_awaiting_arrival(SessionStatus status, int eta, bool sent) =>
        Assert.Equal(sent, SeedRules.SendsHeadsUp(status, eta));

    [Fact]
    public void A_beat_costs_one_request_and_two_for_ready_after_charge()
    {
        Assert.Equal(1, SeedRules.RequestsPerBeat(readyAfterCharge: false));
        Assert.Equal(2, SeedRules.RequestsPerBeat(readyAfterCharge: true));
        Assert.Equal(TimeSpan.FromSeconds(60), SeedRules.Beat);
    }

    [Fact]
    public void The_charge_trigger_compares_a_fraction_with_a_percent_and_never_fires() =>
        Assert.False(SeedRules.ChargeTriggers(percentRemainingFraction: 0.95, targetSocPercent: 80));
}
