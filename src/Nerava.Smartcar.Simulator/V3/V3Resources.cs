using Nerava.Smartcar.Simulator.Vehicles;
using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.V3;

/// <summary>JSON:API resource objects of v3 (vehicle and signal), with links relative to the v3 base as Smartcar returns them.</summary>
public static class V3Resources
{
    public static object Vehicle(SimVehicle vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return new
        {
            id = vehicle.Id,
            type = "vehicle",
            attributes = new { make = vehicle.Make, model = vehicle.Model, year = vehicle.Year, powertrainType = "BEV", mode = "simulated" },
            links = new { self = $"/vehicles/{vehicle.Id}" },
        };
    }

    /// <summary>A signal resource; <c>retrievedAt</c>/<c>oemUpdatedAt</c> are epoch milliseconds (fetch time / recorded time).</summary>
    public static object Signal(SignalDefinition signal, SimVehicle vehicle, DataReading reading)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(vehicle);
        ArgumentNullException.ThrowIfNull(reading);
        return new
        {
            id = signal.Code,
            type = "signal",
            attributes = new
            {
                code = signal.Code,
                name = signal.Name,
                group = signal.Group,
                status = new { value = "SUCCESS" },
                body = signal.Body(vehicle, reading.Snapshot),
            },
            meta = new { retrievedAt = reading.FetchedAt.ToUnixTimeMilliseconds(), oemUpdatedAt = reading.RecordedAt.ToUnixTimeMilliseconds() },
            links = new { self = $"/vehicles/{vehicle.Id}/signals/{signal.Code}", vehicle = $"/vehicles/{vehicle.Id}" },
        };
    }
}
