namespace Nerava.Smartcar;

/// <summary>Settings for the Smartcar client. Bind from the <c>Smartcar</c> configuration section.</summary>
public sealed class SmartcarOptions
{
    public const string SectionName = "Smartcar";

    public const string DefaultConnectOrigin = "https://connect.smartcar.com";
    public const string DefaultAuthOrigin = "https://auth.smartcar.com";
    public const string DefaultApiOrigin = "https://api.smartcar.com";
    public const string DefaultVehicleApiOrigin = "https://vehicle.api.smartcar.com";
    public const string DefaultIamOrigin = "https://iam.smartcar.com";
    public const string DefaultManagementOrigin = "https://management.smartcar.com";

    /// <summary>Application id from the Smartcar Dashboard.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>Application secret from the Smartcar Dashboard.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>Default redirect URI for Connect and code exchange.</summary>
    public string? RedirectUri { get; set; }

    /// <summary>Connect mode sent as <c>mode=</c>.</summary>
    public SmartcarMode Mode { get; set; } = SmartcarMode.Live;

    /// <summary>Origin of the Connect authorize page (<c>/oauth/authorize</c>).</summary>
    public string ConnectOrigin { get; set; } = DefaultConnectOrigin;

    /// <summary>Origin of the OAuth token endpoint (<c>/oauth/token</c>).</summary>
    public string AuthOrigin { get; set; } = DefaultAuthOrigin;

    /// <summary>Origin of the v2.0 Vehicle API (<c>/v2.0/...</c>).</summary>
    public string ApiOrigin { get; set; } = DefaultApiOrigin;

    /// <summary>Origin of the v3 Vehicle API (<c>/v3/...</c>).</summary>
    public string VehicleApiOrigin { get; set; } = DefaultVehicleApiOrigin;

    /// <summary>Origin of the v3 application-token endpoint (<c>/oauth2/token</c>).</summary>
    public string IamOrigin { get; set; } = DefaultIamOrigin;

    /// <summary>Origin of the management API (<c>/v2.0/management/...</c>).</summary>
    public string ManagementOrigin { get; set; } = DefaultManagementOrigin;

    /// <summary>Vehicle API used by <see cref="Vehicles.IVehicleDataClient"/>: <c>"2.0"</c> or <c>"3"</c>.</summary>
    public string ApiVersion { get; set; } = "3";

    /// <summary>Unit system requested from the v2.0 API.</summary>
    public SmartcarUnitSystem UnitSystem { get; set; } = SmartcarUnitSystem.Metric;

    /// <summary>
    /// Timeout of one HTTP attempt to the vehicle APIs. Smartcar answers in 3–45 s on average and up to 300 s;
    /// the official SDKs wait 310 s.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(310);

    /// <summary>Timeout of one vehicle API call including retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Timeout of one attempt against the token endpoints. Kept well under the 1-minute grace a used refresh token has.
    /// </summary>
    public TimeSpan AuthTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt for 429, 5xx and transport failures (0 disables retries).</summary>
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>
    /// Longest <c>Retry-After</c> honoured inside one call. A longer wait (e.g. <c>RATE_LIMIT:VEHICLE</c>, ~120 s) is not
    /// retried; the <see cref="Errors.SmartcarException"/> carries <see cref="Errors.SmartcarException.RetryAfter"/> instead.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The v3 application token is renewed this long before it expires.</summary>
    public TimeSpan ApplicationTokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Application Management Token (AMT): webhook signatures, challenges and management calls.</summary>
    public string? ApplicationManagementToken { get; set; }

    /// <summary><c>User-Agent</c> sent on every request (the token endpoint requires one).</summary>
    public string UserAgent { get; set; } = "Nerava.Smartcar/1.0 (.NET)";
}
