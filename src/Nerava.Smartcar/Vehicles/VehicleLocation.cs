using System.Text.Json.Serialization;

namespace Nerava.Smartcar.Vehicles;

/// <summary><c>GET /v2.0/vehicles/{id}/location</c>, in degrees.</summary>
public sealed record VehicleLocation(
    [property: JsonPropertyName("latitude")] double Latitude,
    [property: JsonPropertyName("longitude")] double Longitude);
