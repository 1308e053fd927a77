namespace Nerava.Smartcar.Simulator.World;

/// <summary>What a new simulated vehicle looks like; defaults describe a mid-size BEV.</summary>
public sealed record VehicleSpec
{
    public string? Id { get; init; }

    public string Make { get; init; } = "TESLA";

    public string Model { get; init; } = "Model 3";

    public int Year { get; init; } = 2022;

    public string? Vin { get; init; }

    public GeoPoint Position { get; init; } = new(37.7749, -122.4194);

    public double SocPercent { get; init; } = 60;

    public double BatteryKwh { get; init; } = 75;

    /// <summary>Driving consumption; 0.18 kWh/km is a typical mixed-cycle BEV figure.</summary>
    public double ConsumptionKwhPerKm { get; init; } = 0.18;

    public double ChargeLimitPercent { get; init; } = 100;

    public bool Asleep { get; init; }

    /// <summary>When set, only this application's Connect page offers the vehicle; otherwise every application sees it.</summary>
    public string? ClientId { get; init; }
}
