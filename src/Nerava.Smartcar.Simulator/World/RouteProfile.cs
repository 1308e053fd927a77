namespace Nerava.Smartcar.Simulator.World;

/// <summary>Speeds and city-section lengths used to lay out a <see cref="Route"/>.</summary>
/// <param name="CruiseSpeedKmh">Highway speed (the trip's <c>speed_kmh</c>).</param>
/// <param name="CitySpeedKmh">Speed on the city sections; capped at the cruise speed.</param>
/// <param name="DepartureCityKm">City driving after the start before the highway begins.</param>
/// <param name="ArrivalCityKm">City driving before the destination ("the last km").</param>
public sealed record RouteProfile(
    double CruiseSpeedKmh = 100,
    double CitySpeedKmh = 40,
    double DepartureCityKm = 1.5,
    double ArrivalCityKm = 1.0)
{
    public double SpeedFor(RoadClass roadClass) => roadClass switch
    {
        RoadClass.City => Math.Min(CitySpeedKmh, CruiseSpeedKmh),
        RoadClass.Highway => CruiseSpeedKmh,
    };
}
