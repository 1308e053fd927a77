using System.Globalization;

namespace Nerava.Smartcar.Simulator.Vehicles;

/// <summary>
/// One Smartcar API error, rendered as the v2 body (<see cref="ToV2Body"/>) or the v3 JSON:API body (<see cref="ToV3Body"/>).
/// Descriptions and resolutions follow smartcar.com/docs/errors/api-errors.
/// </summary>
public sealed record SmartcarError(
    string Type,
    string? Code,
    int StatusCode,
    string Description,
    string? ResolutionType = null,
    string? SuggestedUserMessage = null,
    IReadOnlyList<object>? Detail = null,
    TimeSpan? RetryAfter = null)
{
    public string DocUrl
    {
        get
        {
            var page = Type.ToLowerInvariant().Replace('_', '-');
            var anchor = Code is null ? string.Empty : "#" + Code.ToLowerInvariant().Replace('_', '-');
            return $"https://smartcar.com/docs/errors/api-errors/{page}-errors{anchor}";
        }
    }

    /// <summary>Whole seconds for the <c>retry-after</c> header, when this error carries one.</summary>
    public string? RetryAfterHeader =>
        RetryAfter is { } wait ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture) : null;

    public static SmartcarError Authentication() => new(
        "AUTHENTICATION", null, 401,
        "The request contains an invalid or expired access token. Refresh the access token, or ask the owner to reconnect the vehicle.",
        SuggestedUserMessage: "Please reconnect your vehicle.");

    public static SmartcarError Permission(string permission) => new(
        "PERMISSION", null, 403,
        $"Your application has insufficient permissions to access the requested resource. It needs the '{permission}' permission; prompt the owner to re-authenticate using Smartcar Connect.",
        "REAUTHENTICATE",
        "Please reconnect your vehicle and grant the requested access.");

    public static SmartcarError PathNotFound() => new(
        "RESOURCE_NOT_FOUND", "PATH", 404, "The requested resource does not exist. Please check the URL and try again.");

    public static SmartcarError VersionNotFound() => new(
        "RESOURCE_NOT_FOUND", "VERSION", 404, "The requested API version does not exist. Please check the URL and try again.");

    public static SmartcarError VehicleRateLimit(TimeSpan retryAfter) => new(
        "RATE_LIMIT", "VEHICLE", 429,
        "You have reached the throttling rate limit for this vehicle. Please see the retry-after header for when to retry the request.",
        "RETRY_LATER",
        "Your vehicle is temporarily unable to process this request. Please try again later.",
        RetryAfter: retryAfter);

    public static SmartcarError ApiRateLimit(TimeSpan retryAfter) => new(
        "RATE_LIMIT", "SMARTCAR_API", 429,
        "You have reached the rate limit for the Smartcar API. Please retry later with exponential backoff.",
        "RETRY_LATER",
        "This request could not be completed. Please try again later.",
        RetryAfter: retryAfter);

    public static SmartcarError Asleep() => new(
        "VEHICLE_STATE", "ASLEEP", 409,
        "The vehicle is in a sleep state and temporarily unable to perform your request.",
        SuggestedUserMessage: "Your vehicle is in a sleep state. This request was not sent to preserve battery life. ");

    public static SmartcarError PlugNotConnected() => new(
        "VEHICLE_STATE", "CHARGING_PLUG_NOT_CONNECTED", 409,
        "The vehicle cannot start or stop charging because the charging cable is not plugged in.",
        SuggestedUserMessage: "Please plug in your vehicle and try again.");

    public static SmartcarError ServerInternal() => new(
        "SERVER", "INTERNAL", 500, "Smartcar experienced an unexpected error. Please retry the request later.", "RETRY_LATER");

    public static SmartcarError UpstreamUnknown() => new(
        "UPSTREAM", "UNKNOWN_ISSUE", 502,
        "An unknown issue occurred with the vehicle manufacturer's servers. Please retry the request later.", "RETRY_LATER");

    public static SmartcarError Validation(string field, string message) => new(
        "VALIDATION", "PARAMETER", 400, "Request invalid or malformed. Please check for missing parameters, spelling and casing mistakes, and other syntax issues.",
        Detail: [new Dictionary<string, string> { ["field"] = field, ["message"] = message }]);

    /// <summary>The v2 error body: every key present (nulls included), since the Java SDK reads them without null checks.</summary>
    public Dictionary<string, object?> ToV2Body(string requestId) => new()
    {
        ["type"] = Type,
        ["code"] = Code,
        ["description"] = Description,
        ["docURL"] = DocUrl,
        ["statusCode"] = StatusCode,
        ["requestId"] = requestId,
        ["resolution"] = new Dictionary<string, object?> { ["type"] = ResolutionType, ["url"] = null },
        ["suggestedUserMessage"] = SuggestedUserMessage,
        ["detail"] = Detail,
    };

    /// <summary>The v3 body: <c>{"errors":[{status (string), type, code, title, detail, links.about, resolution, …}]}</c>.</summary>
    public Dictionary<string, object?> ToV3Body(string requestId) => new()
    {
        ["errors"] = new object[]
        {
            new Dictionary<string, object?>
            {
                ["status"] = StatusCode.ToString(CultureInfo.InvariantCulture),
                ["type"] = Type,
                ["code"] = Code,
                ["title"] = TitleFor(StatusCode),
                ["detail"] = Description,
                ["links"] = new Dictionary<string, string> { ["about"] = DocUrl },
                ["resolution"] = new Dictionary<string, object?> { ["type"] = ResolutionType },
                ["suggestedUserMessage"] = SuggestedUserMessage,
                ["requestId"] = requestId,
            },
        },
    };

    private static string TitleFor(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        429 => "Too Many Requests",
        430 => "Billing Limit",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        _ => "Error",
    };
}
