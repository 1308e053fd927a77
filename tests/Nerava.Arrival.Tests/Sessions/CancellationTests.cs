using Nerava.Arrival.Sessions;

namespace Nerava.Arrival.Tests.Sessions;

public class CancellationTests
{
    [Theory]
    [InlineData(SessionStatus.Arrived, true, true)]
    [InlineData(SessionStatus.MerchantNotified, true, true)]
    [InlineData(SessionStatus.AwaitingArrival, true, true)] // Ready After Charge fires after arrival, but the stamp is what counts.
    [InlineData(SessionStatus.Arrived, false, false)] // Arrived, Ready After Charge not yet fired: nothing to take back.
    [InlineData(SessionStatus.AwaitingArrival, false, false)]
    [InlineData(SessionStatus.PendingOrder, false, false)]
    [InlineData(SessionStatus.Completed, true, false)]
    public void The_merchant_hears_of_a_cancel_only_after_the_kitchen_was_told_to_fire(SessionStatus from, bool fired, bool notifies)
    {
        Assert.Equal(notifies, Cancellation.NotifiesMerchant(from, fired));
    }
}
