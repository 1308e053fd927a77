using Nerava.Arrival.Sessions;

namespace Nerava.Arrival.Tests.Sessions;

public class SessionTransitionsTests
{
    // Independent expectation, written row by row from the product rules: status → trigger → (to | error code).
    private static readonly Dictionary<SessionStatus, Dictionary<SessionTrigger, string>> Expected = new()
    {
        [SessionStatus.PendingOrder] = Row(
            orderBound: "awaiting_arrival", arrival: "arrived", notified: "INVALID_TRANSITION",
            confirmed: "NOT_ARRIVED", unbillable: "NOT_ARRIVED", expire: "expired", cancel: "canceled"),
        [SessionStatus.AwaitingArrival] = Row(
            orderBound: "awaiting_arrival", arrival: "arrived", notified: "INVALID_TRANSITION",
            confirmed: "NOT_ARRIVED", unbillable: "NOT_ARRIVED", expire: "expired", cancel: "canceled"),
        [SessionStatus.Arrived] = Row(
            orderBound: "ORDER_LOCKED", arrival: "ALREADY_ARRIVED", notified: "merchant_notified",
            confirmed: "completed", unbillable: "completed_unbillable", expire: "expired", cancel: "canceled"),
        [SessionStatus.MerchantNotified] = Row(
            orderBound: "ORDER_LOCKED", arrival: "ALREADY_ARRIVED", notified: "INVALID_TRANSITION",
            confirmed: "completed", unbillable: "completed_unbillable", expire: "expired", cancel: "canceled"),
        [SessionStatus.Completed] = AllRejected("SESSION_TERMINAL"),
        [SessionStatus.Expired] = AllRejected("SESSION_EXPIRED"),
        [SessionStatus.Canceled] = AllRejected("SESSION_TERMINAL"),
        [SessionStatus.CompletedUnbillable] = AllRejected("SESSION_TERMINAL"),
    };

    public static TheoryData<SessionStatus, SessionTrigger> AllPairs()
    {
        var data = new TheoryData<SessionStatus, SessionTrigger>();
        foreach (var status in Enum.GetValues<SessionStatus>())
        {
            foreach (var trigger in Enum.GetValues<SessionTrigger>())
            {
                data.Add(status, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_status_and_trigger_pair_matches_the_expectation_table(SessionStatus from, SessionTrigger trigger)
    {
        var expected = Expected[from][trigger];
        var result = SessionTransitions.Apply(from, trigger);

        Assert.Equal(from, result.From);
        if (SessionStatusNames.TryParse(expected, out var to))
        {
            Assert.True(result.Accepted);
            Assert.Equal(to, result.To);
            Assert.Null(result.ErrorCode);
        }
        else
        {
            Assert.False(result.Accepted);
            Assert.Equal(from, result.To);
            Assert.Equal(expected, result.ErrorCode);
            Assert.False(string.IsNullOrWhiteSpace(result.Reason));
        }
    }

    [Fact]
    public void Expectation_table_covers_every_pair()
    {
        Assert.Equal(Enum.GetValues<SessionStatus>().Length, Expected.Count);
        Assert.All(Expected.Values, row => Assert.Equal(Enum.GetValues<SessionTrigger>().Length, row.Count));
        Assert.Equal(56, AllPairs().Count());
    }

    [Fact]
    public void Error_codes_are_the_stable_wire_strings()
    {
        Assert.Equal("NOT_ARRIVED", SessionErrorCodes.NotArrived);
        Assert.Equal("SESSION_TERMINAL", SessionErrorCodes.SessionTerminal);
        Assert.Equal("SESSION_EXPIRED", SessionErrorCodes.SessionExpired);
        Assert.Equal("ALREADY_ARRIVED", SessionErrorCodes.AlreadyArrived);
        Assert.Equal("ORDER_LOCKED", SessionErrorCodes.OrderLocked);
        Assert.Equal("INVALID_TRANSITION", SessionErrorCodes.InvalidTransition);
    }

    private static Dictionary<SessionTrigger, string> Row(
        string orderBound, string arrival, string notified, string confirmed, string unbillable, string expire, string cancel) => new()
        {
            [SessionTrigger.OrderBound] = orderBound,
            [SessionTrigger.ArrivalVerified] = arrival,
            [SessionTrigger.MerchantNotified] = notified,
            [SessionTrigger.MerchantConfirmed] = confirmed,
            [SessionTrigger.MerchantConfirmedUnbillable] = unbillable,
            [SessionTrigger.Expire] = expire,
            [SessionTrigger.Cancel] = cancel,
        };

    private static Dictionary<SessionTrigger, string> AllRejected(string code) =>
        Row(code, code, code, code, code, code, code);
}
