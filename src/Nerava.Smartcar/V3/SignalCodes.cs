namespace Nerava.Smartcar.V3;

/// <summary>v3 signal codes (<c>group-name</c>, lower case) used for arrival tracking.</summary>
public static class SignalCodes
{
    /// <summary><c>{latitude, longitude, heading, direction, locationType}</c>.</summary>
    public const string PreciseLocation = "location-preciselocation";

    /// <summary><c>{"unit":"percent","value":75}</c>: 0–100, not a fraction (webhooks have also shown <c>{"percentage":75}</c>).</summary>
    public const string StateOfCharge = "tractionbattery-stateofcharge";

    /// <summary><c>{"unit":"kilometers","value":350}</c>.</summary>
    public const string Range = "tractionbattery-range";

    /// <summary><c>{"value":true}</c>.</summary>
    public const string IsCharging = "charge-ischarging";

    /// <summary><c>{"value":true}</c>.</summary>
    public const string IsChargingCableConnected = "charge-ischargingcableconnected";

    public const string DetailedChargingStatus = "charge-detailedchargingstatus";
    public const string ChargeLimits = "charge-chargelimits";
    public const string Odometer = "odometer-traveleddistance";
    public const string IsAsleep = "connectivitystatus-isasleep";
    public const string IsOnline = "connectivitystatus-isonline";
    public const string Vin = "vehicleidentification-vin";
}
