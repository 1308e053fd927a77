namespace Nerava.Smartcar.Vehicles;

/// <summary>Charging state, neutral to the API version.</summary>
public enum ChargeState
{
    /// <summary>Not reported or an unknown value.</summary>
    Unknown,

    /// <summary><c>CHARGING</c>.</summary>
    Charging,

    /// <summary><c>FULLY_CHARGED</c> (can be below 100 % when the charge limit is lower).</summary>
    FullyCharged,

    /// <summary><c>NOT_CHARGING</c>.</summary>
    NotCharging,
}
