namespace Nerava.Arrival.Analytics;

/// <summary>One completed hand-over: when the driver arrived, when the merchant confirmed, and what signalled the arrival.</summary>
public sealed record ArrivalRecord(DateTimeOffset ArrivedAt, DateTimeOffset? ConfirmedAt, string? Source);

/// <summary>Figures for one period.</summary>
/// <param name="Arrivals">Arrivals in the period.</param>
/// <param name="Confirmed">Arrivals the merchant confirmed.</param>
/// <param name="OnTimeRate">Share of confirmed arrivals handed over within the on-time limit (null with none confirmed).</param>
/// <param name="AverageWaitMinutes">Mean minutes from arrival to confirmation (null with none confirmed).</param>
/// <param name="BySource">Arrivals per signal source.</param>
public sealed record PeriodFigures(int Arrivals, int Confirmed, double? OnTimeRate, double? AverageWaitMinutes, IReadOnlyDictionary<string, int> BySource);

/// <summary>
/// A merchant's service figures: food counts as on time when the merchant confirmed the hand-over within N minutes of
/// the driver's verified arrival; the wait is arrival → confirmation.
/// </summary>
public static class MerchantAnalytics
{
    public static PeriodFigures Compute(IReadOnlyCollection<ArrivalRecord> arrivals, TimeSpan onTimeLimit)
    {
        var waits = arrivals.Where(a => a.ConfirmedAt is not null)
            .Select(a => Math.Max(0, (a.ConfirmedAt!.Value - a.ArrivedAt).TotalMinutes)).ToList();
        var bySource = arrivals.GroupBy(a => a.Source ?? "unknown").OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        return new PeriodFigures(arrivals.Count, waits.Count,
            waits.Count == 0 ? null : (double)waits.Count(w => w <= onTimeLimit.TotalMinutes) / waits.Count,
            waits.Count == 0 ? null : waits.Average(), bySource);
    }

    /// <summary>The Monday-based week containing <paramref name="now"/> (UTC) and the one before it.</summary>
    public static (DateTimeOffset ThisWeekStart, DateTimeOffset LastWeekStart) Weeks(DateTimeOffset now)
    {
        var day = now.UtcDateTime.Date;
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var start = new DateTimeOffset(monday, TimeSpan.Zero);
        return (start, start.AddDays(-7));
    }
}
