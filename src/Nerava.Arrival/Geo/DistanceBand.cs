namespace Nerava.Arrival.Geo;

/// <summary>
/// How far a driver is, as merchant staff may see it: a coarse band, never a position. Staff need "how soon", not
/// "where"; a verified arrival is <see cref="OnSite"/> whatever the last fix said.
/// </summary>
public enum DistanceBand
{
    Unknown,
    OnSite,
    UnderOneKm,
    OneToFiveKm,
    FiveToTwentyKm,
    OverTwentyKm,
}

/// <summary>Which band a distance falls in, and the bands' wire names.</summary>
public static class DistanceBands
{
    public static DistanceBand For(double? distanceM, bool arrived) => (arrived, distanceM) switch
    {
        (true, _) => DistanceBand.OnSite,
        (_, null) => DistanceBand.Unknown,
        (_, { } d) when !double.IsFinite(d) || d < 0 => DistanceBand.Unknown,
        (_, <= 1_000) => DistanceBand.UnderOneKm,
        (_, <= 5_000) => DistanceBand.OneToFiveKm,
        (_, <= 20_000) => DistanceBand.FiveToTwentyKm,
        _ => DistanceBand.OverTwentyKm,
    };

    public static string ToWire(this DistanceBand band) => band switch
    {
        DistanceBand.Unknown => "unknown",
        DistanceBand.OnSite => "on_site",
        DistanceBand.UnderOneKm => "under_1_km",
        DistanceBand.OneToFiveKm => "1_to_5_km",
        DistanceBand.FiveToTwentyKm => "5_to_20_km",
        DistanceBand.OverTwentyKm => "over_20_km",
    };
}
