using Nerava.Smartcar.Simulator;

namespace Nerava.Api.Features.Smartcar;

/// <summary>Simulated cars the embedded default offers on the Connect consent page, parked along I-35.</summary>
public static class DemoFleet
{
    public static void AddTo(SimulatorOptions sim, string clientId)
    {
        Add(sim, clientId, "demo-model-y", "TESLA", "Model Y", 2024, 32.7767, -96.7970, 78);
        Add(sim, clientId, "demo-ioniq-5", "HYUNDAI", "Ioniq 5", 2023, 30.2672, -97.7431, 64);
        Add(sim, clientId, "demo-mach-e", "FORD", "Mustang Mach-E", 2022, 29.5380, -98.4050, 42);
    }

    private static void Add(SimulatorOptions sim, string clientId, string id, string make, string model, int year, double lat, double lng, double soc) =>
        sim.Vehicles.Add(new SimulatedVehicleOptions
        {
            Id = id,
            Make = make,
            Model = model,
            Year = year,
            Latitude = lat,
            Longitude = lng,
            SocPercent = soc,
            ClientId = clientId,
        });
}
