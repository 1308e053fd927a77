namespace Nerava.Arrival.Evidence;

/// <summary>Why an arrival was flagged instead of fired (stable wire codes).</summary>
public static class ArrivalFlags
{
    /// <summary>The phone checked in while the car's fresh position is more than 2 km from the charger.</summary>
    public const string CarFarAway = "car_far_away";

    /// <summary>The check-in implies an impossible speed from the driver's previous known position.</summary>
    public const string ImpossibleJump = "impossible_jump";

    /// <summary>The browser hinted that the location is mocked.</summary>
    public const string MockedLocation = "mocked_location";

    /// <summary>
    /// Signs of a spoofed phone: once seen, later phone check-ins stay flagged (tapping again from the same fake place
    /// must not pass); only the charger or the car can then confirm the arrival.
    /// </summary>
    public static bool Sticky(string flag) => flag is ImpossibleJump or MockedLocation;
}
