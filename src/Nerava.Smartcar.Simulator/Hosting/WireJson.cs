using System.Globalization;
using System.Text.Json;

namespace Nerava.Smartcar.Simulator.Hosting;

/// <summary>JSON settings: Smartcar bodies keep the exact property names written in code; the admin API is snake_case.</summary>
public static class WireJson
{
    /// <summary>Smartcar wire format: no naming policy, nulls written (the Java SDK dereferences keys such as <c>code</c>).</summary>
    public static readonly JsonSerializerOptions Smartcar = new(JsonSerializerDefaults.General);

    public static readonly JsonSerializerOptions Admin = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
    };

    /// <summary>ISO-8601 UTC with milliseconds, as in <c>sc-data-age: 2019-10-24T00:43:46.000Z</c>.</summary>
    public static string IsoTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static async Task WriteAsync(HttpContext context, int statusCode, object body, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, body, body.GetType(), options, context.RequestAborted);
    }
}
