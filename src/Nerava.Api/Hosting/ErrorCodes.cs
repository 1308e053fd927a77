namespace Nerava.Api.Hosting;

/// <summary>Stable machine-readable codes carried in every problem response's <c>error</c> field.</summary>
public static class ErrorCodes
{
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string MalformedRequest = "MALFORMED_REQUEST";
    public const string NotFound = "NOT_FOUND";
    public const string Unauthorized = "UNAUTHORIZED";
    public const string Forbidden = "FORBIDDEN";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string Conflict = "CONFLICT";
    public const string RateLimited = "RATE_LIMITED";
    public const string InternalError = "INTERNAL_ERROR";
    public const string InvalidSignature = "INVALID_SIGNATURE";
    public const string InvalidEncoding = "INVALID_ENCODING";
    public const string InvalidCharacters = "INVALID_CHARACTERS";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string RequestTimeout = "REQUEST_TIMEOUT";
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";

    public const string OtpRateLimited = "OTP_RATE_LIMITED";
    public const string OtpInvalid = "OTP_INVALID";
    public const string OtpExpired = "OTP_EXPIRED";
    public const string OtpUsed = "OTP_USED";
    public const string OtpTooManyAttempts = "OTP_TOO_MANY_ATTEMPTS";
    public const string RefreshTokenInvalid = "REFRESH_TOKEN_INVALID";
    public const string InvalidCredentials = "INVALID_CREDENTIALS";
    public const string PhoneNotSupported = "PHONE_NOT_SUPPORTED";
    public const string LoginLocked = "LOGIN_LOCKED";
    public const string LoginRateLimited = "LOGIN_RATE_LIMITED";

    public const string ChargerNotFound = "CHARGER_NOT_FOUND";
    public const string MerchantNotFound = "MERCHANT_NOT_FOUND";
    public const string SessionNotFound = "SESSION_NOT_FOUND";
    public const string SessionExpired = "SESSION_EXPIRED";
    public const string ActiveSessionExists = "ACTIVE_SESSION_EXISTS";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string TooFarFromCharger = "TOO_FAR_FROM_CHARGER";
    public const string TooFarFromMerchant = "TOO_FAR_FROM_MERCHANT";
    public const string NotArrived = "NOT_ARRIVED";
    public const string NotCompleted = "NOT_COMPLETED";
    public const string QueuedOrderNotFound = "QUEUED_ORDER_NOT_FOUND";
    public const string OrderingUnavailable = "ORDERING_UNAVAILABLE";
    public const string SmartcarNotConnected = "SMARTCAR_NOT_CONNECTED";

    public const string UnknownWebhook = "UNKNOWN_WEBHOOK";
    public const string InvalidChallenge = "INVALID_CHALLENGE";
}
