namespace Nerava.Smartcar.Auth;

/// <summary>Parameters of a Smartcar Connect URL beyond the application settings.</summary>
public sealed record ConnectUrlRequest
{
    /// <summary>Permissions, e.g. <c>read_location</c>; a <c>required:</c> prefix locks one. Sent space-joined.</summary>
    public IReadOnlyList<string> Scope { get; init; } = [];

    /// <summary>Echoed back on the redirect (CSRF / correlation).</summary>
    public string? State { get; init; }

    /// <summary>Sends <c>approval_prompt=force</c> instead of <c>auto</c>.</summary>
    public bool ForcePrompt { get; init; }

    /// <summary>Skips the brand selector (<c>make=TESLA</c>).</summary>
    public string? Make { get; init; }

    /// <summary><c>single_select=true|false</c>; implied true by <see cref="SingleSelectVin"/>.</summary>
    public bool? SingleSelect { get; init; }

    /// <summary><c>single_select_vin</c>: only this VIN is offered.</summary>
    public string? SingleSelectVin { get; init; }

    /// <summary>Feature flags, sent as <c>flags=key:value key:value</c> in the given order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Flags { get; init; } = [];

    /// <summary>Developer-side owner id for Connect analytics (<c>user=</c>).</summary>
    public string? User { get; init; }

    /// <summary>Your own id for the owner, returned on the redirect (<c>external_id=</c>).</summary>
    public string? ExternalId { get; init; }

    /// <summary>Overrides <see cref="SmartcarOptions.Mode"/>.</summary>
    public SmartcarMode? Mode { get; init; }

    /// <summary>Overrides <see cref="SmartcarOptions.RedirectUri"/>.</summary>
    public string? RedirectUri { get; init; }
}
