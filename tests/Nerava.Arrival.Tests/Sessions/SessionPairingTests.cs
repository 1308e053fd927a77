using Nerava.Arrival.Sessions;

namespace Nerava.Arrival.Tests.Sessions;

public class SessionPairingTests
{
    private static readonly string[] SanMarcosChargers = ["tesla-san-marcos-outlets", "ea-san-marcos-outlets"];
    private static readonly string[] WalkInAndCar = [FulfillmentModes.WalkIn, FulfillmentModes.EatInCar];

    [Theory]
    [InlineData("tesla-san-marcos-outlets", "walk_in", null)]
    [InlineData("ea-san-marcos-outlets", "eat_in_car", null)]
    [InlineData(null, "walk_in", null)]
    [InlineData("evgo-dallas-cedar-springs", "walk_in", "CHARGER_NOT_AT_MERCHANT")]
    [InlineData("tesla-san-marcos-outlets", "dine_in", "FULFILLMENT_NOT_OFFERED")]
    [InlineData("evgo-dallas-cedar-springs", "dine_in", "CHARGER_NOT_AT_MERCHANT")] // The charger is checked first.
    public void A_session_pairs_only_a_linked_charger_and_an_offered_mode(string? charger, string mode, string? error)
    {
        Assert.Equal(error, SessionPairing.Check(charger, SanMarcosChargers, mode, WalkInAndCar));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(1, true)]
    [InlineData(50_000, true)]
    [InlineData(0, false)]
    [InlineData(-5, false)]
    [InlineData(50_001, false)]
    [InlineData(int.MaxValue, false)]
    public void An_estimate_is_one_cent_to_the_merchants_largest_order(int? estimate, bool ok)
    {
        Assert.Equal(ok, SessionPairing.EstimateInRange(estimate, 50_000));
    }

    [Fact]
    public void Without_a_mode_a_session_gets_walk_in_or_else_the_merchants_first_mode()
    {
        Assert.Equal(FulfillmentModes.WalkIn, SessionPairing.DefaultMode(WalkInAndCar));
        Assert.Equal(FulfillmentModes.DineIn, SessionPairing.DefaultMode([FulfillmentModes.DineIn, FulfillmentModes.EatInCar]));
    }
}
