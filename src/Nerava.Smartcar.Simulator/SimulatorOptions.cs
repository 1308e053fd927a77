namespace Nerava.Smartcar.Simulator;

/// <summary>
/// Start-up settings of the simulator (configuration section <see cref="SectionName"/>). The fault and limit values are only the
/// initial ones: <c>PUT admin/faults</c> changes them at run time.
/// </summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "SmartcarSimulator";

    /// <summary>Applications registered at start with known credentials (what the Smartcar Dashboard would hold).</summary>
    public IList<SimulatedApplicationOptions> Applications { get; } = [];

    /// <summary>Vehicles created at start.</summary>
    public IList<SimulatedVehicleOptions> Vehicles { get; } = [];

    /// <summary>Simulated seconds per real second (1 = real time).</summary>
    public double TimeScale { get; set; } = 1;

    /// <summary>Added latency per API response (0 by default so tests stay fast).</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>When set and above <see cref="Latency"/>, latency is uniformly random in [Latency, LatencyMax].</summary>
    public TimeSpan? LatencyMax { get; set; }

    /// <summary>How old the returned data is: values are the state at now − DataAge, and <c>sc-data-age</c> says so.</summary>
    public TimeSpan DataAge { get; set; } = TimeSpan.Zero;

    /// <summary>Per-vehicle limit (RATE_LIMIT:VEHICLE) in requests per rolling hour; null = off (Smartcar does not publish it).</summary>
    public int? VehicleRateLimitPerHour { get; set; }

    /// <summary>Application token bucket (RATE_LIMIT:SMARTCAR_API); on by default as on Smartcar. Tests that poll hard turn it off.</summary>
    public bool AppRateLimitEnabled { get; set; } = true;

    public int AppRateLimitCapacity { get; set; } = 120;

    public double AppRateLimitRefillPerMinute { get; set; } = 2;

    /// <summary>Fraction (0–1) of vehicle requests answered with 500 SERVER:INTERNAL.</summary>
    public double ServerErrorRate { get; set; }

    /// <summary>Fraction (0–1) of vehicle requests answered with 502 UPSTREAM:UNKNOWN_ISSUE.</summary>
    public double UpstreamErrorRate { get; set; }

    /// <summary>Seed for fault and latency randomness, so a failing run can be replayed.</summary>
    public int RandomSeed { get; set; } = 20_260_422;

    public TimeSpan AuthorizationCodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(2);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(60);

    /// <summary>How long a used refresh token keeps working after its first use (smartcar.com: 1 minute).</summary>
    public TimeSpan RefreshTokenReuseWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Lifetime of v3 application tokens from the IAM endpoint.</summary>
    public TimeSpan ApplicationTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Delays between webhook delivery attempts (Smartcar: 25 s, 50 s, 100 s, then dropped).</summary>
    public IList<TimeSpan> WebhookRetryDelays { get; set; } = [TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(100)];

    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often (real time) connected vehicles are checked for signal changes worth a VEHICLE_STATE webhook.</summary>
    public TimeSpan WebhookEvaluationInterval { get; set; } = TimeSpan.FromSeconds(1);

    public double WebhookLocationThresholdMeters { get; set; } = 250;

    public double WebhookSocThresholdPercent { get; set; } = 1;

    /// <summary>Default trip cruise (highway) speed.</summary>
    public double CruiseSpeedKmh { get; set; } = 100;

    /// <summary>Speed on the city stretches at both ends of a trip (the last km).</summary>
    public double CitySpeedKmh { get; set; } = 40;

    public double DefaultChargePowerKw { get; set; } = 150;
}

/// <summary>An application registered at start; empty credentials are generated.</summary>
public sealed class SimulatedApplicationOptions
{
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Application Management Token; also the default webhook signing key, as on Smartcar.</summary>
    public string? ManagementToken { get; set; }

    public string Name { get; set; } = "Simulated application";

    /// <summary>
    /// A fixed id for the application's webhook (default: a new random id per registration), so a receiver that answers
    /// VERIFY only for known webhook ids can be configured before the webhook exists.
    /// </summary>
    public string? WebhookId { get; set; }

    public IList<string> RedirectUris { get; } = [];
}

/// <summary>A vehicle created at start.</summary>
public sealed class SimulatedVehicleOptions
{
    public string? Id { get; set; }

    public string Make { get; set; } = "TESLA";

    public string Model { get; set; } = "Model 3";

    public int Year { get; set; } = 2022;

    public string? Vin { get; set; }

    public double Latitude { get; set; } = 37.7749;

    public double Longitude { get; set; } = -122.4194;

    public double SocPercent { get; set; } = 60;

    public double BatteryKwh { get; set; } = 75;

    /// <summary>Restricts the vehicle to one application's Connect page.</summary>
    public string? ClientId { get; set; }
}
