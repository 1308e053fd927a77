using Nerava.Smartcar.Simulator.Hosting;

namespace Nerava.Smartcar.Simulator.Vehicles;

/// <summary>
/// Writes v2 responses. Header names are lowercase because the Java SDK looks up <c>sc-request-id</c> and <c>retry-after</c>
/// case-sensitively; every response, errors included, carries <c>sc-request-id</c>.
/// </summary>
public static class V2Responses
{
    public static string NewRequestId() => Guid.NewGuid().ToString();

    public static Task WriteErrorAsync(HttpContext context, SmartcarError error, string requestId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(error);
        context.Response.Headers["sc-request-id"] = requestId;
        if (error.RetryAfterHeader is { } retryAfter)
        {
            context.Response.Headers["retry-after"] = retryAfter;
        }

        return WireJson.WriteAsync(context, error.StatusCode, error.ToV2Body(requestId), WireJson.Smartcar);
    }

    public static Task WriteOkAsync(HttpContext context, object body, string requestId, IReadOnlyDictionary<string, string>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers["sc-request-id"] = requestId;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        return WireJson.WriteAsync(context, StatusCodes.Status200OK, body, WireJson.Smartcar);
    }

    /// <summary>The data headers of a reading (also used as a batch item's <c>headers</c> object).</summary>
    public static Dictionary<string, string> DataHeaders(DataReading reading, UnitSystem units)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(units);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["sc-data-age"] = WireJson.IsoTimestamp(reading.RecordedAt),
            ["sc-fetched-at"] = WireJson.IsoTimestamp(reading.FetchedAt),
            ["sc-unit-system"] = units.Name,
        };
    }
}
