using System.Text.Json.Serialization;

namespace Nerava.Smartcar.Vehicles;

/// <summary><c>GET /v2.0/vehicles/{id}/charge</c>; <see cref="State"/> is <c>CHARGING</c>, <c>FULLY_CHARGED</c> or <c>NOT_CHARGING</c>.</summary>
public sealed record VehicleCharge(
    [property: JsonPropertyName("isPluggedIn")] bool IsPluggedIn,
    [property: JsonPropertyName("state")] string? State)
{
    [JsonIgnore]
    public ChargeState ChargeState => State switch
    {
        "CHARGING" => ChargeState.Charging,
        "FULLY_CHARGED" => ChargeState.FullyCharged,
        "NOT_CHARGING" => ChargeState.NotCharging,
        _ => ChargeState.Unknown,
    };
}
