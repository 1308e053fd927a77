using System.Globalization;

namespace Nerava.Api.Features.Admin.Billing;

/// <summary>A calendar month in UTC, written <c>YYYY-MM</c>.</summary>
public sealed record BillingPeriod(string Month, DateTimeOffset Start, DateTimeOffset End)
{
    public static BillingPeriod? Parse(string? month)
    {
        if (month is null || !DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || first.Year < 2000 || first.Year > 2200)
        {
            return null;
        }

        var start = new DateTimeOffset(first, TimeSpan.Zero);
        return new BillingPeriod(month, start, start.AddMonths(1));
    }
}
