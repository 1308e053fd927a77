namespace Nerava.Smartcar.Webhooks;

/// <summary>Kinds of webhook deliveries.</summary>
public enum WebhookEventType
{
    /// <summary>An event type this client does not know.</summary>
    Unknown,

    /// <summary><c>VERIFY</c> (v4 payload) or <c>eventName: "verify"</c> (v2 payload): answer with <see cref="WebhookChallenge"/>.</summary>
    Verify,

    /// <summary><c>VEHICLE_STATE</c>: signals changed; the payload holds all subscribed signals.</summary>
    VehicleState,

    /// <summary><c>VEHICLE_ERROR</c>: retrieval or compatibility failure, later resent with <c>state: "RESOLVED"</c>.</summary>
    VehicleError,

    /// <summary>Legacy v2.0 data delivery (<c>eventName</c> <c>scheduled</c>, <c>eventBased</c> or <c>dynamic</c>).</summary>
    V2Data,
}
