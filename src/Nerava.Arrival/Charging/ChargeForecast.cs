using Nerava.Arrival.Policy;

namespace Nerava.Arrival.Charging;

/// <summary>
/// Minutes until a target state of charge, from the rate observed in recent readings. Charging slows above
/// <see cref="TaperStartSoc"/> %: the rate falls linearly to <see cref="TaperEndRelativeRate"/> of the bulk rate at
/// 100 %, a simple fit to typical DC fast-charge curves. The observed rate is first converted back to the bulk
/// rate (dividing by the taper at the observed SoC), then integrated in closed form from the latest SoC to the target.
/// </summary>
public static class ChargeForecast
{
    public const double TaperStartSoc = 80;
    public const double TaperEndRelativeRate = 0.25;

    /// <summary>Readings further apart than this from the latest one are not used for the rate (conditions change).</summary>
    public static TimeSpan RateWindow { get; } = TimeSpan.FromMinutes(30);

    // Relative rate lost per SoC point above the taper start.
    private const double TaperSlope = (1 - TaperEndRelativeRate) / (100 - TaperStartSoc);

    /// <summary>
    /// Minutes from the latest reading until <paramref name="targetSoc"/> (clamped to 0–100): 0 when already reached;
    /// null when the car is not charging, stopped below the target (its own limit), or no rising SoC was observed.
    /// </summary>
    public static double? MinutesToTarget(IReadOnlyList<ChargeReading> readings, double targetSoc)
    {
        ArgumentNullException.ThrowIfNull(readings);
        if (readings.Count == 0 || !double.IsFinite(targetSoc))
        {
            return null;
        }

        var ordered = readings.OrderBy(r => r.At).ToList();
        var latest = ordered[^1];
        var target = Math.Clamp(targetSoc, 0, 100);
        if (latest.SocPercent >= target)
        {
            return 0;
        }

        if (latest.State is ChargeState.NotCharging or ChargeState.FullyCharged)
        {
            return null;
        }

        var first = ChargingRunStart(ordered);
        var minutes = (latest.At - first.At).TotalMinutes;
        var gained = latest.SocPercent - first.SocPercent;
        if (minutes <= 0 || gained <= 0)
        {
            return null;
        }

        var observedSoc = (first.SocPercent + latest.SocPercent) / 2;
        var bulkRate = gained / minutes / RelativeRate(observedSoc);
        return MinutesAtBulkRate(latest.SocPercent, target, bulkRate);
    }

    /// <summary>Charging power relative to the bulk rate at <paramref name="soc"/> %.</summary>
    public static double RelativeRate(double soc) =>
        soc <= TaperStartSoc ? 1 : Math.Max(TaperEndRelativeRate, 1 - (TaperSlope * (Math.Min(soc, 100) - TaperStartSoc)));

    // The earliest reading of the trailing run in which SoC never falls, charging never stops, within the window.
    private static ChargeReading ChargingRunStart(List<ChargeReading> ordered)
    {
        var start = ordered[^1];
        for (var i = ordered.Count - 2; i >= 0; i--)
        {
            var candidate = ordered[i];
            if (candidate.State == ChargeState.NotCharging
                || candidate.SocPercent > start.SocPercent
                || ordered[^1].At - candidate.At > RateWindow)
            {
                break;
            }

            start = candidate;
        }

        return start;
    }

    // ∫ ds / (bulk × f(s)): linear below the taper; above it f(s) = 1 − k(s − 80), whose integral is a logarithm.
    private static double MinutesAtBulkRate(double from, double to, double bulkRate)
    {
        var bulkPart = Math.Max(0, Math.Min(to, TaperStartSoc) - from) / bulkRate;
        var a = Math.Max(from, TaperStartSoc);
        if (to <= a)
        {
            return bulkPart;
        }

        var taperPart = Math.Log(RelativeRate(a) / RelativeRate(to)) / (bulkRate * TaperSlope);
        return bulkPart + taperPart;
    }
}
