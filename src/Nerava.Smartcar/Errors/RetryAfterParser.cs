using System.Globalization;

namespace Nerava.Smartcar.Errors;

/// <summary>Parses <c>Retry-After</c>: delta-seconds (<c>120</c>) or an HTTP date (<c>Wed, 21 Oct 2026 07:28:00 GMT</c>).</summary>
public static class RetryAfterParser
{
    /// <summary>The wait, or null when the value is absent or malformed. A date in the past gives <see cref="TimeSpan.Zero"/>.</summary>
    public static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, (long)TimeSpan.MaxValue.TotalSeconds - 1));
        }

        if (DateTimeOffset.TryParseExact(trimmed, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            || (IsIsoDateTime(trimmed) && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date)))
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static bool IsIsoDateTime(string value) => value.Length >= 19 && value[4] == '-' && value[7] == '-' && value[10] == 'T';
}
