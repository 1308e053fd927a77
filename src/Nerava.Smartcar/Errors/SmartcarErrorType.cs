namespace Nerava.Smartcar.Errors;

/// <summary>Error categories documented by Smartcar, plus the client's own transport failures.</summary>
public enum SmartcarErrorType
{
    /// <summary>A type the client does not know.</summary>
    Unknown,

    /// <summary><c>AUTHENTICATION</c> (401): token invalid or expired.</summary>
    Authentication,

    /// <summary><c>PERMISSION</c> (403): the token lacks the scope.</summary>
    Permission,

    /// <summary><c>RATE_LIMIT</c> (429): codes <c>SMARTCAR_API</c> and <c>VEHICLE</c>.</summary>
    RateLimit,

    /// <summary><c>VEHICLE_STATE</c> (409): e.g. <c>ASLEEP</c>, <c>IN_MOTION</c>.</summary>
    VehicleState,

    /// <summary><c>UPSTREAM</c> (502): the OEM failed.</summary>
    Upstream,

    /// <summary><c>SERVER</c> (500).</summary>
    Server,

    /// <summary><c>COMPATIBILITY</c> (501).</summary>
    Compatibility,

    /// <summary><c>RESOURCE_NOT_FOUND</c> (404).</summary>
    ResourceNotFound,

    /// <summary><c>BILLING</c> (430).</summary>
    Billing,

    /// <summary><c>CONNECTED_SERVICES_ACCOUNT</c> (400): the owner's OEM account needs attention.</summary>
    ConnectedServicesAccount,

    /// <summary><c>VALIDATION</c> (400).</summary>
    Validation,

    /// <summary>OAuth error from a token endpoint (<c>{"error": "invalid_grant"}</c>).</summary>
    OAuth,

    /// <summary>The call timed out on the client side (reported as HTTP 408, like the official SDKs).</summary>
    Timeout,

    /// <summary>The connection failed before an HTTP response arrived.</summary>
    Network,

    /// <summary>A response the client could not interpret (<c>SDK_ERROR</c>).</summary>
    Sdk,
}
