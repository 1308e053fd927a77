using Nerava.Arrival.Sessions;

namespace Nerava.Arrival.Tests.Sessions;

public class SessionStatusNamesTests
{
    [Theory]
    [InlineData(SessionStatus.PendingOrder, "pending_order", true)]
    [InlineData(SessionStatus.AwaitingArrival, "awaiting_arrival", true)]
    [InlineData(SessionStatus.Arrived, "arrived", true)]
    [InlineData(SessionStatus.MerchantNotified, "merchant_notified", true)]
    [InlineData(SessionStatus.Completed, "completed", false)]
    [InlineData(SessionStatus.Expired, "expired", false)]
    [InlineData(SessionStatus.Canceled, "canceled", false)]
    [InlineData(SessionStatus.CompletedUnbillable, "completed_unbillable", false)]
    public void Wire_name_round_trips_and_activity_matches(SessionStatus status, string wire, bool active)
    {
        Assert.Equal(wire, SessionStatusNames.ToWire(status));
        Assert.True(SessionStatusNames.TryParse(wire, out var parsed));
        Assert.Equal(status, parsed);
        Assert.Equal(active, SessionStatusNames.IsActive(status));
        Assert.Equal(!active, SessionStatusNames.IsTerminal(status));
    }

    [Theory]
    [InlineData("Arrived")]
    [InlineData("arrived ")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("pending_arrival")]
    public void TryParse_rejects_anything_but_exact_wire_names(string? wire)
    {
        Assert.False(SessionStatusNames.TryParse(wire, out _));
    }

    [Fact]
    public void Active_lists_are_the_first_four_statuses_in_order()
    {
        Assert.Equal(
            [SessionStatus.PendingOrder, SessionStatus.AwaitingArrival, SessionStatus.Arrived, SessionStatus.MerchantNotified],
            SessionStatusNames.Active);
        Assert.Equal(["pending_order", "awaiting_arrival", "arrived", "merchant_notified"], SessionStatusNames.ActiveWire);
    }
}
