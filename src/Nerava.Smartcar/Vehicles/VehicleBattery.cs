using System.Text.Json.Serialization;

namespace Nerava.Smartcar.Vehicles;

/// <summary><c>GET /v2.0/vehicles/{id}/battery</c>. <see cref="PercentRemaining"/> is a 0–1 fraction; <see cref="Range"/> is km or miles.</summary>
public sealed record VehicleBattery(
    [property: JsonPropertyName("percentRemaining")] double PercentRemaining,
    [property: JsonPropertyName("range")] double? Range)
{
    /// <summary>State of charge in percent (0–100).</summary>
    [JsonIgnore]
    public double StateOfChargePercent => Math.Round(PercentRemaining * 100, 6);
}
