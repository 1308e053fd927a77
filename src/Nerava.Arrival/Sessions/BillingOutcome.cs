namespace Nerava.Arrival.Sessions;

/// <summary>
/// Result of <see cref="Billing.Compute"/>. Not billable means no usable total: the session completes as
/// <see cref="SessionStatus.CompletedUnbillable"/> and no billing event is written.
/// </summary>
public sealed record BillingOutcome(bool Billable, int? TotalCents, string? TotalSource, int? BillableAmountCents)
{
    public static BillingOutcome Unbillable { get; } = new(false, null, null, null);
}

/// <summary>Wire values of <see cref="BillingOutcome.TotalSource"/>.</summary>
public static class TotalSources
{
    public const string Pos = "pos";
    public const string MerchantReported = "merchant_reported";
    public const string DriverEstimate = "driver_estimate";
}
