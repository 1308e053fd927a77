using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.Webhooks;

/// <summary>The signal values last delivered for a vehicle; a new VEHICLE_STATE is sent when they change notably.</summary>
public sealed record SignalBaseline(GeoPoint Position, double SocPercent, bool IsPluggedIn, ChargingState ChargingState)
{
    public static SignalBaseline Of(VehicleSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new(snapshot.Position, snapshot.SocPercent, snapshot.IsPluggedIn, snapshot.ChargingState);
    }
}
