namespace Nerava.Arrival.Sessions;

/// <summary>The platform fee on a completed session.</summary>
public static class Billing
{
    /// <summary>5 % — the fee when the seed was written; merchants may be configured otherwise.</summary>
    public const int DefaultPlatformFeeBps = 500;

    /// <summary>Basis points in 100 %.</summary>
    public const int MaxFeeBps = 10_000;

    /// <summary>
    /// Picks the total by precedence POS &gt; merchant-reported &gt; driver estimate, skipping values that are null,
    /// zero or negative (a non-positive total is a missing total, whatever its source), and charges
    /// total × feeBps / 10 000 rounded down, computed in 64-bit so large totals cannot overflow.
    /// </summary>
    public static BillingOutcome Compute(int? posTotalCents, int? merchantReportedTotalCents, int? driverEstimateCents, int feeBps)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(feeBps);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(feeBps, MaxFeeBps);

        var (total, source) = posTotalCents > 0 ? (posTotalCents.Value, TotalSources.Pos)
            : merchantReportedTotalCents > 0 ? (merchantReportedTotalCents.Value, TotalSources.MerchantReported)
            : driverEstimateCents > 0 ? (driverEstimateCents.Value, TotalSources.DriverEstimate)
            : (0, null);

        if (source is null)
        {
            return BillingOutcome.Unbillable;
        }

        // Both factors are non-negative, so integer division is a floor; the result is ≤ total and fits an int.
        var billable = (int)((long)total * feeBps / MaxFeeBps);
        return new BillingOutcome(true, total, source, billable);
    }
}
