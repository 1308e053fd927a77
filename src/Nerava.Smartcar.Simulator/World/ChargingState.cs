namespace Nerava.Smartcar.Simulator.World;

/// <summary>The v2 <c>/charge</c> <c>state</c> values (and v3 <c>charge-detailedchargingstatus</c>).</summary>
public enum ChargingState
{
    NotCharging,
    Charging,
    FullyCharged,
}

public static class ChargingStateExtensions
{
    public static string ToWire(this ChargingState state) => state switch
    {
        ChargingState.NotCharging => "NOT_CHARGING",
        ChargingState.Charging => "CHARGING",
        ChargingState.FullyCharged => "FULLY_CHARGED",
    };
}
