namespace Nerava.Smartcar.Simulator.World;

/// <summary>A vehicle's true state at one simulated instant.</summary>
public sealed record VehicleSnapshot(
    string VehicleId,
    DateTimeOffset SimTime,
    GeoPoint Position,
    double HeadingDegrees,
    double SpeedKmh,
    double SocPercent,
    double RangeKm,
    double OdometerKm,
    bool IsPluggedIn,
    ChargingState ChargingState,
    double ChargePowerKw,
    double ChargeLimitPercent,
    double? TargetPercent,
    bool Asleep,
    bool OnTrip,
    bool Arrived,
    double TripDistanceKm,
    double TripLengthKm,
    GeoPoint? Destination,
    DateTimeOffset? TripEta)
{
    public bool IsCharging => ChargingState == ChargingState.Charging;

    public bool Moving => SpeedKmh > 0;
}
