using System.Text.Json.Serialization;

namespace Nerava.Smartcar.Vehicles;

/// <summary><c>GET /v2.0/vehicles/{id}</c>.</summary>
public sealed record VehicleAttributes(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("make")] string Make,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("year")] int Year);
