using Nerava.Smartcar.Simulator.Token;
using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.Webhooks;

/// <summary>Decides which signals changed enough since the last delivery to be VEHICLE_STATE triggers.</summary>
public static class SignalChanges
{
    public static IReadOnlyList<string> Between(
        SignalBaseline baseline, VehicleSnapshot snapshot, IReadOnlyList<string> permissions, double locationThresholdMeters, double socThresholdPercent)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(permissions);
        var changed = new List<string>();
        if (permissions.Contains(Permissions.ReadLocation)
            && Geo.DistanceKm(baseline.Position, snapshot.Position) * 1000 >= locationThresholdMeters)
        {
            changed.Add("location-preciselocation");
        }

        if (permissions.Contains(Permissions.ReadBattery) && Math.Abs(snapshot.SocPercent - baseline.SocPercent) >= socThresholdPercent)
        {
            changed.Add("tractionbattery-stateofcharge");
        }

        if (permissions.Contains(Permissions.ReadCharge))
        {
            if (baseline.IsPluggedIn != snapshot.IsPluggedIn)
            {
                changed.Add("charge-ischargingcableconnected");
            }

            if ((baseline.ChargingState == ChargingState.Charging) != snapshot.IsCharging)
            {
                changed.Add("charge-ischarging");
            }

            if (baseline.ChargingState != snapshot.ChargingState)
            {
                changed.Add("charge-detailedchargingstatus");
            }
        }

        return changed;
    }
}
