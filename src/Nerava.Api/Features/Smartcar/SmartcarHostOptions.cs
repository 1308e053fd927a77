namespace Nerava.Api.Features.Smartcar;

/// <summary>Nerava-side Smartcar settings (the client's own options live in Nerava.Smartcar's SmartcarOptions).</summary>
public sealed class SmartcarHostOptions
{
    public const string SectionName = "Smartcar";

    /// <summary>
    /// Where this service is reachable; the Connect redirect URI and, in simulated mode, the simulator's origins derive
    /// from it. Defaults to the first address the server listens on (--urls).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The web app's origin for the success and error pages after Connect (default: same origin, a relative redirect).</summary>
    public string? WebAppBaseUrl { get; set; }

    /// <summary>Secret that signs Smartcar webhooks (the application management token).</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>
    /// Our webhooks' ids (Smartcar Dashboard → Webhooks). A VERIFY is answered only for one of them: Smartcar signs
    /// payloads with the same key, so answering anyone's challenge would sign anyone's forged event.
    /// </summary>
    public string[] WebhookIds { get; set; } = [];

    public string[] Scope { get; set; } = ["read_vehicle_info", "read_location", "read_battery", "read_charge"];

    /// <summary>Refresh an access token this long before it expires.</summary>
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    public string WebAppUrl(string path) => $"{WebAppBaseUrl?.TrimEnd('/')}{path}";
}
