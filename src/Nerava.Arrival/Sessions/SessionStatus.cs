namespace Nerava.Arrival.Sessions;

/// <summary>
/// Where an arrival session is in its life. The first four are active; the rest are terminal.
/// Wire names live in <see cref="SessionStatusNames"/>; transitions in <see cref="SessionTransitions"/>.
/// </summary>
public enum SessionStatus
{
    PendingOrder,
    AwaitingArrival,
    Arrived,
    MerchantNotified,
    Completed,
    Expired,
    Canceled,
    CompletedUnbillable,
}
