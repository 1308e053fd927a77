using S = Nerava.Arrival.Sessions.SessionStatus;
using T = Nerava.Arrival.Sessions.SessionTrigger;

namespace Nerava.Arrival.Sessions;

/// <summary>
/// THE transition table of an arrival session. Every (status, trigger) pair is either accepted with a new
/// status or rejected with a stable code — never dropped silently. Active rows list every trigger without a
/// discard, so adding a status or trigger breaks the build (CS8509) until this table handles it.
/// </summary>
public static class SessionTransitions
{
    public static TransitionResult Apply(SessionStatus from, SessionTrigger trigger) => (from, trigger) switch
    {
        // Terminal statuses accept nothing. Expired gets its own code so the API can answer 410.
        (S.Expired, _) => Reject(from, trigger, SessionErrorCodes.SessionExpired, "the session has expired"),
        (S.Completed or S.Canceled or S.CompletedUnbillable, _) =>
            Reject(from, trigger, SessionErrorCodes.SessionTerminal, "the session is finished"),

        (S.PendingOrder or S.AwaitingArrival, T.OrderBound) => Accept(from, S.AwaitingArrival),
        (S.Arrived or S.MerchantNotified, T.OrderBound) =>
            Reject(from, trigger, SessionErrorCodes.OrderLocked, "the order cannot change after arrival"),

        (S.PendingOrder or S.AwaitingArrival, T.ArrivalVerified) => Accept(from, S.Arrived),
        (S.Arrived or S.MerchantNotified, T.ArrivalVerified) =>
            Reject(from, trigger, SessionErrorCodes.AlreadyArrived, "arrival was already verified"),

        (S.Arrived, T.MerchantNotified) => Accept(from, S.MerchantNotified),
        (S.PendingOrder or S.AwaitingArrival or S.MerchantNotified, T.MerchantNotified) =>
            Reject(from, trigger, SessionErrorCodes.InvalidTransition, "the merchant is notified once, after arrival"),

        // Merchants can never move a session past arrival: confirming is only possible after it.
        (S.Arrived or S.MerchantNotified, T.MerchantConfirmed) => Accept(from, S.Completed),
        (S.Arrived or S.MerchantNotified, T.MerchantConfirmedUnbillable) => Accept(from, S.CompletedUnbillable),
        (S.PendingOrder or S.AwaitingArrival, T.MerchantConfirmed or T.MerchantConfirmedUnbillable) =>
            Reject(from, trigger, SessionErrorCodes.NotArrived, "the driver has not arrived yet"),

        (S.PendingOrder or S.AwaitingArrival or S.Arrived or S.MerchantNotified, T.Expire) => Accept(from, S.Expired),
        (S.PendingOrder or S.AwaitingArrival or S.Arrived or S.MerchantNotified, T.Cancel) => Accept(from, S.Canceled),
    };

    private static TransitionResult Accept(SessionStatus from, SessionStatus to) => TransitionResult.Accept(from, to);

    private static TransitionResult Reject(SessionStatus from, SessionTrigger trigger, string code, string why) =>
        TransitionResult.Reject(from, code, $"{trigger} rejected in {SessionStatusNames.ToWire(from)}: {why}");
}
