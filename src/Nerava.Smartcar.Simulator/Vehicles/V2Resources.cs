using Nerava.Smartcar.Simulator.Token;
using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.Vehicles;

/// <summary>
/// The readable v2 vehicle resources by sub-path ("" is the attributes endpoint), shared by the GET routes and batch items so
/// both produce identical bodies.
/// </summary>
public static class V2Resources
{
    private static readonly Dictionary<string, Resource> Readers = new(StringComparer.Ordinal)
    {
        [""] = new(Permissions.ReadVehicleInfo, (v, _, _) => new { id = v.Id, make = v.Make, model = v.Model, year = v.Year }),
        ["vin"] = new(Permissions.ReadVin, (v, _, _) => new { vin = v.Vin }),
        ["location"] = new(Permissions.ReadLocation, (_, s, _) => new { latitude = Round(s.Position.Latitude, 6), longitude = Round(s.Position.Longitude, 6) }),
        ["odometer"] = new(Permissions.ReadOdometer, (_, s, u) => new { distance = u.Distance(s.OdometerKm) }),

        // percentRemaining is a 0..1 fraction in every Smartcar example, despite the prose saying "percent".
        ["battery"] = new(Permissions.ReadBattery, (_, s, u) => new { percentRemaining = Round(s.SocPercent / 100, 4), range = u.Distance(s.RangeKm) }),
        ["battery/capacity"] = new(Permissions.ReadBattery, (v, _, _) => new { capacity = v.BatteryKwh }),
        ["charge"] = new(Permissions.ReadCharge, (_, s, _) => new { isPluggedIn = s.IsPluggedIn, state = s.ChargingState.ToWire() }),
        ["charge/limit"] = new(Permissions.ReadCharge, (_, s, _) => new { limit = Round(s.ChargeLimitPercent / 100, 4) }),
    };

    public static Resource? Find(string normalizedPath) => Readers.GetValueOrDefault(normalizedPath);

    private static double Round(double value, int digits) => Math.Round(value, digits);

    /// <summary>A readable resource: the permission it needs and how to render it.</summary>
    public sealed record Resource(string Permission, Func<SimVehicle, VehicleSnapshot, UnitSystem, object> Render);
}
