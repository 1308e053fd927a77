namespace Nerava.Arrival.Sessions;

/// <summary>Wire names of <see cref="SessionStatus"/> (stored in the database and sent to clients) and status groups.</summary>
public static class SessionStatusNames
{
    /// <summary>Statuses that still block a driver from starting another session.</summary>
    public static IReadOnlyList<SessionStatus> Active { get; } =
        [SessionStatus.PendingOrder, SessionStatus.AwaitingArrival, SessionStatus.Arrived, SessionStatus.MerchantNotified];

    /// <summary><see cref="Active"/> as wire names, for the partial unique index and queries.</summary>
    public static IReadOnlyList<string> ActiveWire { get; } = [.. Active.Select(ToWire)];

    public static string ToWire(SessionStatus status) => status switch
    {
        SessionStatus.PendingOrder => "pending_order",
        SessionStatus.AwaitingArrival => "awaiting_arrival",
        SessionStatus.Arrived => "arrived",
        SessionStatus.MerchantNotified => "merchant_notified",
        SessionStatus.Completed => "completed",
        SessionStatus.Expired => "expired",
        SessionStatus.Canceled => "canceled",
        SessionStatus.CompletedUnbillable => "completed_unbillable",
    };

    /// <summary>Parses a stored wire name; an unknown one is a corrupt row, not input, so it throws.</summary>
    public static SessionStatus Parse(string wire) =>
        TryParse(wire, out var status) ? status : throw new FormatException($"Unknown session status '{wire}'.");

    /// <summary>Parses an exact (case-sensitive) wire name; anything else is rejected.</summary>
    public static bool TryParse(string? wire, out SessionStatus status)
    {
        foreach (var candidate in Enum.GetValues<SessionStatus>())
        {
            if (string.Equals(ToWire(candidate), wire, StringComparison.Ordinal))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }

    public static bool IsActive(SessionStatus status) => status switch
    {
        SessionStatus.PendingOrder or SessionStatus.AwaitingArrival
            or SessionStatus.Arrived or SessionStatus.MerchantNotified => true,
        SessionStatus.Completed or SessionStatus.Expired
            or SessionStatus.Canceled or SessionStatus.CompletedUnbillable => false,
    };

    public static bool IsTerminal(SessionStatus status) => !IsActive(status);

    /// <summary>True before arrival: the only statuses from which a session can arrive.</summary>
    public static bool IsAwaitingArrival(SessionStatus status) =>
        status is SessionStatus.PendingOrder or SessionStatus.AwaitingArrival;

    /// <summary>True after arrival while the merchant has not yet confirmed.</summary>
    public static bool IsArrived(SessionStatus status) =>
        status is SessionStatus.Arrived or SessionStatus.MerchantNotified;
}
