namespace Nerava.Ocpp.Simulator;

/// <summary>One simulated charge point: where it connects, who it is, and how its simulated car charges.</summary>
public sealed record ChargePointOptions
{
    /// <summary>The central system's endpoint (<c>ws://127.0.0.1:5080/ocpp</c>); the identity is appended.</summary>
    public required Uri Endpoint { get; init; }

    public required string Identity { get; init; }

    /// <summary>The AuthorizationKey (HTTP Basic password, security profiles 1–2).</summary>
    public required string Password { get; init; }

    public int Connectors { get; init; } = 2;

    public string Vendor { get; init; } = "Nerava";

    public string Model { get; init; } = "SimDC-62";

    /// <summary>After a remote start, the car charges by itself: SoC rises each tick, then SuspendedEV at the car's limit.</summary>
    public bool AutoCharge { get; init; } = true;

    public double StartSocPercent { get; init; } = 35;

    public double SocPerTick { get; init; } = 5;

    public double CarLimitPercent { get; init; } = 90;

    public TimeSpan Tick { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public Uri Url => new($"{Endpoint.ToString().TrimEnd('/')}/{Uri.EscapeDataString(Identity)}");
}
