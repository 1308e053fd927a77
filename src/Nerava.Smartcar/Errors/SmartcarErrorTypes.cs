namespace Nerava.Smartcar.Errors;

/// <summary>Maps wire error types and HTTP statuses to <see cref="SmartcarErrorType"/>.</summary>
public static class SmartcarErrorTypes
{
    /// <summary>Maps a wire <c>type</c> (e.g. <c>VEHICLE_STATE</c>); falls back to the HTTP status when the type is absent.</summary>
    public static SmartcarErrorType From(string? type, int statusCode) => type?.ToUpperInvariant() switch
    {
        "AUTHENTICATION" => SmartcarErrorType.Authentication,
        "PERMISSION" => SmartcarErrorType.Permission,
        "RATE_LIMIT" => SmartcarErrorType.RateLimit,
        "VEHICLE_STATE" => SmartcarErrorType.VehicleState,
        "UPSTREAM" => SmartcarErrorType.Upstream,
        "SERVER" => SmartcarErrorType.Server,
        "COMPATIBILITY" => SmartcarErrorType.Compatibility,
        "RESOURCE_NOT_FOUND" => SmartcarErrorType.ResourceNotFound,
        "BILLING" => SmartcarErrorType.Billing,
        "CONNECTED_SERVICES_ACCOUNT" => SmartcarErrorType.ConnectedServicesAccount,
        "VALIDATION" => SmartcarErrorType.Validation,
        null or "" or "SDK_ERROR" => FromStatus(statusCode),
        _ => SmartcarErrorType.Unknown,
    };

    /// <summary>Category implied by an HTTP status when the body names none.</summary>
    public static SmartcarErrorType FromStatus(int statusCode) => statusCode switch
    {
        401 => SmartcarErrorType.Authentication,
        403 => SmartcarErrorType.Permission,
        404 => SmartcarErrorType.ResourceNotFound,
        408 => SmartcarErrorType.Timeout,
        409 => SmartcarErrorType.VehicleState,
        429 => SmartcarErrorType.RateLimit,
        430 => SmartcarErrorType.Billing,
        500 => SmartcarErrorType.Server,
        501 => SmartcarErrorType.Compatibility,
        502 or 503 or 504 => SmartcarErrorType.Upstream,
        _ => SmartcarErrorType.Sdk,
    };
}
