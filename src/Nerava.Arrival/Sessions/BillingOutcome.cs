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
    /// <summary>The driver's estimate, billed because no better total existed (an SMS "DONE 4821" without an amount).</summary>
    public const string DriverEstimate = "driver_estimate";

    /// <summary>The driver's estimate, confirmed by the merchant with the amount in front of them ("Confirm $24.50").</summary>
    public const string DriverEstimateConfirmed = "driver_estimate_confirmed";
}
