using System.Text.Json.Serialization;

namespace Nerava.Smartcar.Vehicles;

/// <summary><c>GET /v2.0/vehicles</c>: vehicle ids and paging.</summary>
public sealed record VehicleList(
    [property: JsonPropertyName("vehicles")] IReadOnlyList<string> Vehicles,
    [property: JsonPropertyName("paging")] Paging Paging);
