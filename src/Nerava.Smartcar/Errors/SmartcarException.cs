using System.Text.Json;

namespace Nerava.Smartcar.Errors;

/// <summary>An error answered by Smartcar (v2.0, v3 or OAuth body) or a client-side failure talking to it.</summary>
public sealed class SmartcarException : Exception
{
    public SmartcarException(
        int statusCode,
        SmartcarErrorType errorType,
        string type,
        string? code,
        string? description,
        Exception? innerException = null)
        : base(FormatMessage(type, code, description), innerException)
    {
        StatusCode = statusCode;
        ErrorType = errorType;
        Type = type;
        Code = code;
        Description = description;
    }

    /// <summary>HTTP status of the response, or a batch item's <c>code</c>; 408 for a client timeout, 0 for a network failure.</summary>
    public int StatusCode { get; }

    /// <summary>Wire type (<c>VEHICLE_STATE</c>, <c>invalid_grant</c>, <c>SDK_ERROR</c>…).</summary>
    public string Type { get; }

    /// <summary>Wire code (<c>ASLEEP</c>, <c>VEHICLE</c>…), often null.</summary>
    public string? Code { get; }

    public string? Description { get; }

    /// <summary>Category of <see cref="Type"/>.</summary>
    public SmartcarErrorType ErrorType { get; }

    public string? DocUrl { get; init; }

    public SmartcarResolution? Resolution { get; init; }

    /// <summary>From the body's <c>requestId</c> or the <c>SC-Request-Id</c> header.</summary>
    public string? RequestId { get; init; }

    /// <summary>Parsed <c>Retry-After</c>, when the response carried one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public string? SuggestedUserMessage { get; init; }

    /// <summary>The <c>detail</c> value (validation errors), as sent.</summary>
    public JsonElement? Detail { get; init; }

    /// <summary>The raw response body when it was not a recognised error object.</summary>
    public string? RawBody { get; init; }

    /// <summary>HTTP attempts the failed call made, retries included (set by the client; 1 otherwise).</summary>
    public int Attempts { get; internal set; } = 1;

    /// <summary>
    /// Requests Smartcar counted for the failed call: every attempt, times the items of a v2 batch, plus earlier pages of a v3 list.
    /// Charge them to a per-vehicle budget like a success's.
    /// </summary>
    public int BillableRequests { get; internal set; } = 1;

    /// <summary>True when retrying later can succeed without anyone acting (rate limits, upstream/server faults, timeouts).</summary>
    public bool IsRetryable => ErrorType switch
    {
        SmartcarErrorType.RateLimit or SmartcarErrorType.Upstream or SmartcarErrorType.Timeout or SmartcarErrorType.Network => true,
        SmartcarErrorType.Server => Code is null or "INTERNAL" || Resolution?.Type == SmartcarResolution.RetryLater,
        SmartcarErrorType.VehicleState => Code == "UNKNOWN" || Resolution?.Type == SmartcarResolution.RetryLater,
        SmartcarErrorType.Sdk or SmartcarErrorType.OAuth => StatusCode >= 500 && StatusCode != 501,
        _ => Resolution?.Type == SmartcarResolution.RetryLater,
    };

    /// <summary>True when the vehicle owner must go through Connect again (or, for AUTHENTICATION, after one failed refresh).</summary>
    public bool RequiresReauthentication =>
        Resolution?.Type == SmartcarResolution.Reauthenticate
        || ErrorType is SmartcarErrorType.Permission
        || (ErrorType is SmartcarErrorType.OAuth && Type is "invalid_grant");

    private static string FormatMessage(string type, string? code, string? description) =>
        $"{type}:{code ?? "null"} - {description ?? "(no description)"}";
}
