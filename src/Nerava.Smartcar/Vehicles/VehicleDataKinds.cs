namespace Nerava.Smartcar.Vehicles;

/// <summary>What a snapshot should contain.</summary>
[Flags]
public enum VehicleDataKinds
{
    None = 0,

    /// <summary>Latitude and longitude.</summary>
    Location = 1,

    /// <summary>State of charge and range.</summary>
    Battery = 2,

    /// <summary>Charging state and plug.</summary>
    Charge = 4,

    All = Location | Battery | Charge,
}
