namespace Nerava.Arrival.Sessions;

/// <summary>Wire values of a session's fulfilment mode (how the food reaches the driver); merchants offer a subset.</summary>
public static class FulfillmentModes
{
    public const string WalkIn = "walk_in";
    public const string EatInCar = "eat_in_car";
    public const string DineIn = "dine_in";

    public static IReadOnlyList<string> All { get; } = [WalkIn, EatInCar, DineIn];
}

/// <summary>Wire values of a session's arrival type.</summary>
public static class ArrivalTypes
{
    public const string EvCurbside = "ev_curbside";
    public const string EvDineIn = "ev_dine_in";

    public static IReadOnlyList<string> All { get; } = [EvCurbside, EvDineIn];
}
