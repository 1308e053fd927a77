namespace Nerava.Arrival.Sessions;

/// <summary>Product-wide constants of the arrival model.</summary>
public static class ArrivalRules
{
    /// <summary>Distance from the charger within which a driver counts as arrived (the predecessor's value).</summary>
    public const double ArrivalRadiusMeters = 250;

    /// <summary>Base lifetime of a session from creation; <see cref="ExpiryRule"/> extends it for drivers on the way.</summary>
    public static TimeSpan DefaultLifetime { get; } = TimeSpan.FromHours(2);
}
