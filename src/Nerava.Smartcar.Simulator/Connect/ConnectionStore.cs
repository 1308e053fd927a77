using System.Collections.Concurrent;

namespace Nerava.Smartcar.Simulator.Connect;

/// <summary>Application ↔ vehicle connections; the newest authorization of a vehicle for an application wins.</summary>
public sealed class ConnectionStore
{
    private readonly ConcurrentDictionary<(string ClientId, string VehicleId), Connection> _connections = new();

    public Connection Connect(string clientId, string vehicleId, string userId, IReadOnlyList<string> permissions, DateTimeOffset now)
    {
        var connection = new Connection(clientId, vehicleId, userId, permissions, now);
        _connections[(clientId, vehicleId)] = connection;
        return connection;
    }

    public Connection? Find(string clientId, string vehicleId) => _connections.GetValueOrDefault((clientId, vehicleId));

    public bool Disconnect(string clientId, string vehicleId) => _connections.TryRemove((clientId, vehicleId), out _);

    public IReadOnlyList<Connection> ForApplication(string clientId) =>
        [.. _connections.Values.Where(c => c.ClientId == clientId).OrderByDescending(c => c.ConnectedAt).ThenBy(c => c.VehicleId, StringComparer.Ordinal)];

    public IEnumerable<Connection> All => _connections.Values;
}
