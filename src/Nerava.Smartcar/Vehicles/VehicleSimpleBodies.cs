using System.Text.Json.Serialization;

namespace Nerava.Smartcar.Vehicles;

/// <summary><c>GET /v2.0/user</c>.</summary>
public sealed record SmartcarUser([property: JsonPropertyName("id")] string Id);

/// <summary><c>GET /v2.0/vehicles/{id}/vin</c>.</summary>
public sealed record VehicleVin([property: JsonPropertyName("vin")] string Vin);

/// <summary><c>GET /v2.0/vehicles/{id}/odometer</c>, km or miles.</summary>
public sealed record VehicleOdometer([property: JsonPropertyName("distance")] double Distance);

/// <summary>Action answers such as <c>DELETE /application</c>: <c>{"status":"success"}</c>.</summary>
public sealed record ActionResult(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("message")] string? Message);
