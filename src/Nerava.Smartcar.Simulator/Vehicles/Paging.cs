using System.Globalization;

namespace Nerava.Smartcar.Simulator.Vehicles;

/// <summary>v2 <c>limit</c>/<c>offset</c> paging (limit 1–50, default 10).</summary>
public readonly record struct Paging(int Limit, int Offset)
{
    public const int MaxLimit = 50;

    public static (Paging Paging, SmartcarError? Error) Parse(HttpRequest request, int defaultLimit = 10)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = defaultLimit;
        var offset = 0;
        if (request.Query.TryGetValue("limit", out var rawLimit)
            && (!int.TryParse(rawLimit, NumberStyles.Integer, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxLimit))
        {
            return (default, SmartcarError.Validation("limit", $"limit must be an integer between 1 and {MaxLimit}."));
        }

        if (request.Query.TryGetValue("offset", out var rawOffset)
            && (!int.TryParse(rawOffset, NumberStyles.Integer, CultureInfo.InvariantCulture, out offset) || offset < 0))
        {
            return (default, SmartcarError.Validation("offset", "offset must be a non-negative integer."));
        }

        return (new Paging(limit, offset), null);
    }

    /// <summary><c>count</c> is the total across all pages (Smartcar: "the total number of elements for the entire query").</summary>
    public object Envelope(int total) => new { count = total, offset = Offset };
}
