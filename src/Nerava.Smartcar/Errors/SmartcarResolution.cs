namespace Nerava.Smartcar.Errors;

/// <summary>The error's <c>resolution</c>: <c>RETRY_LATER</c>, <c>REAUTHENTICATE</c>, <c>CONTACT_SUPPORT</c> or null, plus an optional re-auth URL.</summary>
public sealed record SmartcarResolution(string? Type, string? Url)
{
    public const string RetryLater = "RETRY_LATER";
    public const string Reauthenticate = "REAUTHENTICATE";
    public const string ContactSupport = "CONTACT_SUPPORT";
}
