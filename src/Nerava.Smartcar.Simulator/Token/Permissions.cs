namespace Nerava.Smartcar.Simulator.Token;

/// <summary>Smartcar permission (scope) names used by the simulated endpoints.</summary>
public static class Permissions
{
    public const string ReadVehicleInfo = "read_vehicle_info";
    public const string ReadVin = "read_vin";
    public const string ReadLocation = "read_location";
    public const string ReadOdometer = "read_odometer";
    public const string ReadBattery = "read_battery";
    public const string ReadCharge = "read_charge";
    public const string ControlCharge = "control_charge";

    /// <summary>Granted when Connect is opened without a scope (newer docs: the Dashboard's configured access).</summary>
    public static readonly IReadOnlyList<string> Default =
        [ReadVehicleInfo, ReadVin, ReadLocation, ReadOdometer, ReadBattery, ReadCharge, ControlCharge];

    /// <summary>Parses a space-separated scope, dropping the <c>required:</c> prefix (it only locks the checkbox).</summary>
    public static IReadOnlyList<string> Parse(string? scope)
    {
        if (string.IsNullOrWhiteSpace(scope))
        {
            return Default;
        }

        return scope
            .Split([' ', '+'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.StartsWith("required:", StringComparison.Ordinal) ? s["required:".Length..] : s)
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }
}
