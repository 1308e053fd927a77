using Nerava.Smartcar.Simulator.Token;
using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.V3;

/// <summary>
/// The v3 signals the simulator serves (codes and bodies from smartcar.com/docs/api-reference/signals). SoC is 0–100 percent
/// here, unlike v2's 0..1 fraction. <c>charge-ispluggedin</c> and <c>charge-chargingstate</c> are accepted as aliases of the
/// documented <c>charge-ischargingcableconnected</c> and <c>charge-detailedchargingstatus</c>.
/// </summary>
public static class SignalCatalog
{
    public static readonly IReadOnlyList<SignalDefinition> All =
    [
        new("location-preciselocation", "PreciseLocation", "Location", Permissions.ReadLocation, (_, s) => new
        {
            latitude = Math.Round(s.Position.Latitude, 6),
            longitude = Math.Round(s.Position.Longitude, 6),
            heading = Math.Round(s.HeadingDegrees, 1),
            direction = Geo.CompassDirection(s.HeadingDegrees),
            locationType = "CURRENT",
        }),
        new("tractionbattery-stateofcharge", "StateOfCharge", "TractionBattery", Permissions.ReadBattery,
            (_, s) => new { unit = "percent", value = Math.Round(s.SocPercent, 2) }),
        new("tractionbattery-range", "Range", "TractionBattery", Permissions.ReadBattery,
            (_, s) => new { unit = "kilometers", value = Math.Round(s.RangeKm, 1) }),
        new("charge-ischarging", "IsCharging", "Charge", Permissions.ReadCharge, (_, s) => new { value = s.IsCharging }),
        new("charge-ischargingcableconnected", "IsChargingCableConnected", "Charge", Permissions.ReadCharge,
            (_, s) => new { value = s.IsPluggedIn }),
        new("charge-detailedchargingstatus", "DetailedChargingStatus", "Charge", Permissions.ReadCharge,
            (_, s) => new { value = s.ChargingState.ToWire() }),
        new("charge-chargelimits", "ChargeLimits", "Charge", Permissions.ReadCharge, (_, s) => new
        {
            values = new[] { new { type = "GLOBAL", limit = Math.Round(s.ChargeLimitPercent, 1), condition = (object?)null } },
            activeLimit = s.IsPluggedIn ? Math.Round(s.TargetPercent ?? s.ChargeLimitPercent, 1) : (double?)null,
            unit = "percent",
        }),
        new("charge-wattage", "Wattage", "Charge", Permissions.ReadCharge, (_, s) => new { unit = "watts", value = Math.Round(s.ChargePowerKw * 1000) }),
        new("odometer-traveleddistance", "TraveledDistance", "Odometer", Permissions.ReadOdometer,
            (_, s) => new { unit = "kilometers", value = Math.Round(s.OdometerKm, 1) }),
        new("connectivitystatus-isasleep", "IsAsleep", "ConnectivityStatus", Permissions.ReadVehicleInfo, (_, s) => new { value = s.Asleep }),
        new("connectivitystatus-isonline", "IsOnline", "ConnectivityStatus", Permissions.ReadVehicleInfo, (_, _) => new { value = true }),
        new("vehicleidentification-vin", "Vin", "VehicleIdentification", Permissions.ReadVin, (v, _) => new { value = v.Vin }),
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["charge-ispluggedin"] = "charge-ischargingcableconnected",
        ["charge-chargingstate"] = "charge-detailedchargingstatus",
    };

    public static SignalDefinition? Find(string code)
    {
        var canonical = Aliases.GetValueOrDefault(code, code);
        return All.FirstOrDefault(s => s.Code == canonical);
    }
}

/// <summary>One signal: code, display name, group, the permission it needs and how to render its body.</summary>
public sealed record SignalDefinition(string Code, string Name, string Group, string Permission, Func<SimVehicle, VehicleSnapshot, object> Body);
