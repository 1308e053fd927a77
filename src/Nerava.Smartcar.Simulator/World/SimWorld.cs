using System.Collections.Concurrent;

namespace Nerava.Smartcar.Simulator.World;

/// <summary>All simulated vehicles plus the simulated clock. Thread-safe; lookups are lock-free.</summary>
public sealed class SimWorld
{
    // VINs never use I, O or Q (ISO 3779).
    private const string VinAlphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    private readonly ConcurrentDictionary<string, SimVehicle> _vehicles = new(StringComparer.Ordinal);

    public SimWorld(SimClock clock)
    {
        Clock = clock;
    }

    public SimClock Clock { get; }

    public int Count => _vehicles.Count;

    public IEnumerable<SimVehicle> Vehicles => _vehicles.Values;

    public SimVehicle Add(VehicleSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var id = string.IsNullOrWhiteSpace(spec.Id) ? Guid.NewGuid().ToString() : spec.Id;
        var vin = string.IsNullOrWhiteSpace(spec.Vin) ? VinFor(id) : spec.Vin;
        var vehicle = new SimVehicle(id, spec, vin, Clock.Now);
        if (!_vehicles.TryAdd(id, vehicle))
        {
            throw new InvalidOperationException($"Vehicle '{id}' already exists.");
        }

        return vehicle;
    }

    public SimVehicle? Find(string id) => _vehicles.GetValueOrDefault(id);

    public bool Remove(string id) => _vehicles.TryRemove(id, out _);

    /// <summary>A 17-character, deterministic VIN-shaped string (the check digit is not computed).</summary>
    private static string VinFor(string id)
    {
        var random = new Random(StableHash.Of(id));
        var chars = new char[17];
        "5YJ3E1EA".CopyTo(chars);
        for (var i = 8; i < 17; i++)
        {
            chars[i] = VinAlphabet[random.Next(VinAlphabet.Length)];
        }

        return new string(chars);
    }
}
