namespace Nerava.Arrival.Sessions;

/// <summary>Where a billing event stands with finance.</summary>
public enum BillingStatus
{
    Pending,
    Invoiced,
    Paid,
    Void,
}

/// <summary>The result of asking to move a billing event: the new status, or why not.</summary>
public sealed record BillingMove(bool Accepted, BillingStatus To, string? ErrorCode = null, string? Reason = null)
{
    public static BillingMove Refuse(BillingStatus from, string code, string reason) => new(false, from, code, reason);
}

/// <summary>
/// pending → invoiced → paid, and pending or invoiced → void (with a reason). Never backwards, nothing after paid or void.
/// Asking for the status an event already has is accepted and changes nothing.
/// </summary>
public static class BillingLifecycle
{
    public const string BackwardsCode = "BILLING_STATUS_BACKWARDS";
    public const string ReasonRequiredCode = "VOID_REASON_REQUIRED";

    public static BillingMove Move(BillingStatus from, BillingStatus to, string? voidReason)
    {
        if (to == BillingStatus.Void && string.IsNullOrWhiteSpace(voidReason))
        {
            return BillingMove.Refuse(from, ReasonRequiredCode, "Voiding needs a reason.");
        }

        var allowed = (from, to) switch
        {
            _ when from == to => true,
            (BillingStatus.Pending, BillingStatus.Invoiced) => true,
            (BillingStatus.Invoiced, BillingStatus.Paid) => true,
            (BillingStatus.Pending or BillingStatus.Invoiced, BillingStatus.Void) => true,
            _ => false,
        };
        return allowed
            ? new BillingMove(true, to)
            : BillingMove.Refuse(from, BackwardsCode, $"A {ToWire(from)} event cannot become {ToWire(to)}.");
    }

    public static string ToWire(BillingStatus status) => status switch
    {
        BillingStatus.Pending => "pending",
        BillingStatus.Invoiced => "invoiced",
        BillingStatus.Paid => "paid",
        BillingStatus.Void => "void",
    };

    public static bool TryParse(string? wire, out BillingStatus status)
    {
        foreach (var candidate in Enum.GetValues<BillingStatus>())
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

    public static IReadOnlyList<string> AllWire { get; } = [.. Enum.GetValues<BillingStatus>().Select(ToWire)];
}
