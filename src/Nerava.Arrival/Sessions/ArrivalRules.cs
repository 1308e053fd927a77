namespace Nerava.Arrival.Sessions;

/// <summary>Product-wide constants of the arrival model.</summary>
public static class ArrivalRules
{
    /// <summary>Distance from the charger within which a driver counts as arrived (the predecessor's value).</summary>
    public const double ArrivalRadiusMeters = 250;

    /// <summary>The existing system's trigger-arrival: the driver within this distance of the merchant.</summary>
    public const double MerchantTriggerRadiusMeters = 500;

    /// <summary>Walking pace for the kitchen estimate (the existing system's ~80 m/min).</summary>
    public const double WalkingMetersPerMinute = 80;

    /// <summary>Minutes until the food is ready for a driver this far from the merchant: prep time plus the walk.</summary>
    public static int EstimatedReadyMinutes(int prepMinutes, double walkMeters) =>
        Math.Max(0, prepMinutes) + (int)Math.Ceiling(Math.Max(0, walkMeters) / WalkingMetersPerMinute);

    /// <summary>Base lifetime of a session from creation; <see cref="ExpiryRule"/> extends it for drivers on the way.</summary>
    public static TimeSpan DefaultLifetime { get; } = TimeSpan.FromHours(2);
}
