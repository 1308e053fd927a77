using Nerava.Smartcar.Simulator.World;
using Route = Nerava.Smartcar.Simulator.World.Route;

namespace Nerava.Smartcar.Simulator.Admin;

/// <summary>Maps world objects to admin responses.</summary>
public static class AdminViews
{
    public static VehicleStateResponse State(SimVehicle vehicle, VehicleSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        ArgumentNullException.ThrowIfNull(s);
        return new VehicleStateResponse(
            vehicle.Id, vehicle.Make, vehicle.Model, vehicle.Year, vehicle.Vin, vehicle.ClientId,
            s.Position.Latitude, s.Position.Longitude, Math.Round(s.HeadingDegrees, 1), s.SpeedKmh,
            Math.Round(s.SocPercent, 3), Math.Round(s.RangeKm, 2), Math.Round(s.OdometerKm, 3), s.IsPluggedIn, s.ChargingState.ToWire(),
            Math.Round(s.ChargePowerKw, 1), s.ChargeLimitPercent, s.TargetPercent, s.Asleep, s.Moving, s.OnTrip, s.Arrived,
            Math.Round(s.TripDistanceKm, 4), Math.Round(s.TripLengthKm, 4), Math.Round(Math.Max(0, s.TripLengthKm - s.TripDistanceKm), 4),
            s.Destination is { } d ? new GeoDto(d.Latitude, d.Longitude) : null, s.TripEta, s.SimTime);
    }

    public static TripResponse Trip(string vehicleId, Route route, DateTimeOffset eta, bool includePoints)
    {
        ArgumentNullException.ThrowIfNull(route);
        return new TripResponse(
            vehicleId, Math.Round(route.LengthKm, 4), Math.Round(route.StraightKm, 4), Math.Round(route.Circuity, 4),
            Math.Round(route.Duration.TotalSeconds, 1), eta, route.Points.Count,
            includePoints ? [.. route.Points.Select(p => new GeoDto(p.Latitude, p.Longitude))] : null);
    }
}
