namespace Nerava.Arrival.Sessions;

/// <summary>What a completed session's total can be built from.</summary>
/// <param name="PosCents">The total the merchant's POS reported.</param>
/// <param name="MerchantReportedCents">The total the merchant typed (console, API) or texted ("DONE 4821 $45").</param>
/// <param name="DriverEstimateCents">The driver's own estimate.</param>
/// <param name="EstimateConfirmedByMerchant">The merchant confirmed with the estimate in front of them ("Confirm $24.50").</param>
public sealed record BillingTotals(int? PosCents, int? MerchantReportedCents, int? DriverEstimateCents, bool EstimateConfirmedByMerchant = false);

/// <summary>A merchant's limits: the largest order total a driver's estimate or a typed total may claim, and the largest fee.</summary>
public sealed record BillingCaps(int MaxOrderCents, int MaxFeeCents)
{
    /// <summary>The defaults merchants start with ($500 order, $25 fee).</summary>
    public static BillingCaps Default { get; } = new(50_000, 2_500);

    /// <summary>No caps: the arithmetic alone, for tests of the arithmetic.</summary>
    public static BillingCaps Uncapped { get; } = new(int.MaxValue, int.MaxValue);
}

/// <summary>The platform fee on a completed session. Billing never rests silently on the driver's word.</summary>
public static class Billing
{
    /// <summary>5 % — the fee when the seed was written; merchants may be configured otherwise.</summary>
    public const int DefaultPlatformFeeBps = 500;

    /// <summary>Basis points in 100 %.</summary>
    public const int MaxFeeBps = 10_000;

    /// <summary>
    /// Picks the total by precedence POS &gt; merchant-reported &gt; driver estimate, skipping values that are null, zero
    /// or negative (a non-positive total is a missing total, whatever its source). The driver's estimate counts only
    /// within the merchant's largest order, and its source says whether the merchant confirmed it
    /// (<see cref="TotalSources.DriverEstimateConfirmed"/>) or it was billed because nothing better existed
    /// (<see cref="TotalSources.DriverEstimate"/>). The fee is total × feeBps / 10 000 rounded down, computed in 64-bit,
    /// and never above <see cref="BillingCaps.MaxFeeCents"/>.
    /// </summary>
    public static BillingOutcome Compute(BillingTotals totals, int feeBps, BillingCaps caps)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(caps);
        ArgumentOutOfRangeException.ThrowIfNegative(feeBps);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(feeBps, MaxFeeBps);
        ArgumentOutOfRangeException.ThrowIfNegative(caps.MaxFeeCents);

        int? estimate = totals.DriverEstimateCents is > 0 and var e && e <= caps.MaxOrderCents ? e : null;
        var (total, source) = totals.PosCents > 0 ? (totals.PosCents.Value, TotalSources.Pos)
            : totals.MerchantReportedCents > 0 ? (totals.MerchantReportedCents.Value, TotalSources.MerchantReported)
            : estimate is { } cents ? (cents, totals.EstimateConfirmedByMerchant ? TotalSources.DriverEstimateConfirmed : TotalSources.DriverEstimate)
            : (0, null);

        if (source is null)
        {
            return BillingOutcome.Unbillable;
        }

        // Both factors are non-negative, so integer division is a floor; the result is ≤ total and fits an int.
        var fee = (int)((long)total * feeBps / MaxFeeBps);
        return new BillingOutcome(true, total, source, Math.Min(fee, caps.MaxFeeCents));
    }

    /// <summary>Whether a total the merchant typed or texted is one this merchant can bill (1 ≤ x ≤ the largest order).</summary>
    public static bool ReportedTotalInRange(int cents, BillingCaps caps)
    {
        ArgumentNullException.ThrowIfNull(caps);
        return cents >= 1 && cents <= caps.MaxOrderCents;
    }
}
