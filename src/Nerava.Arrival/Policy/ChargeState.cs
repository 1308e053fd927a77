namespace Nerava.Arrival.Policy;

/// <summary>Charging state as reported by the car or the charger.</summary>
public enum ChargeState
{
    Unknown,
    NotCharging,
    Charging,

    /// <summary>The car stopped taking power at its limit (Smartcar FULLY_CHARGED, OCPP SuspendedEV).</summary>
    FullyCharged,
}
