using System.Globalization;

namespace Nerava.Smartcar;

/// <summary>
/// Response headers Smartcar documents: <c>SC-Data-Age</c> (when the vehicle recorded the data), <c>SC-Fetched-At</c> (when Smartcar
/// fetched it from the OEM), <c>SC-Unit-System</c> and <c>SC-Request-Id</c>.
/// </summary>
public sealed record ResponseMeta(DateTimeOffset? DataAge, DateTimeOffset? FetchedAt, string? UnitSystem, string? RequestId)
{
    public static readonly ResponseMeta Empty = new(null, null, null, null);

    /// <summary>Reads the meta headers through a case-insensitive lookup.</summary>
    public static ResponseMeta FromHeaders(Func<string, string?> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return new ResponseMeta(
            ParseTime(header("SC-Data-Age")),
            ParseTime(header("SC-Fetched-At")),
            header("SC-Unit-System"),
            header("SC-Request-Id"));
    }

    /// <summary>Parses an ISO-8601 header time; null when absent or malformed.</summary>
    public static DateTimeOffset? ParseTime(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
}
