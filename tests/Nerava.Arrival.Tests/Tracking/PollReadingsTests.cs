using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;
using Nerava.Arrival.Tests.TestSupport;
using Nerava.Arrival.Tracking;

namespace Nerava.Arrival.Tests.Tracking;

/// <summary>A poll reads only what the policy will use, so no billed request is wasted.</summary>
public class PollReadingsTests
{
    [Theory]
    [InlineData(SessionStatus.AwaitingArrival, FireTrigger.OnArrival, false, Readings.Position)]
    [InlineData(SessionStatus.PendingOrder, FireTrigger.AfterCharge, false, Readings.Position)]
    [InlineData(SessionStatus.AwaitingArrival, FireTrigger.AfterCharge, false, Readings.Position)]
    [InlineData(SessionStatus.Arrived, FireTrigger.AfterCharge, false, Readings.Charge)]
    [InlineData(SessionStatus.MerchantNotified, FireTrigger.AfterCharge, false, Readings.Charge)]
    [InlineData(SessionStatus.MerchantNotified, FireTrigger.AfterCharge, true, Readings.Position)]
    [InlineData(SessionStatus.Arrived, FireTrigger.OnArrival, true, Readings.Position)]
    public void Before_arrival_the_position_after_arrival_for_ready_after_charge_the_charge(
        SessionStatus status, FireTrigger trigger, bool fired, Readings expected)
    {
        var session = Places.Session() with { Status = status, Trigger = trigger, KitchenFired = fired, TargetSocPercent = 80 };

        Assert.Equal(expected, PollReadings.For(session));
    }
}
