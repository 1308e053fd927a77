using System.Collections.Concurrent;

namespace Nerava.Ocpp.Connections;

/// <summary>
/// The connections this process holds, by charge point identity. The newest authenticated socket wins (the old one
/// may be half-open); a closing socket is removed only while it is still the current one (ocpp.md §5 #11).
/// </summary>
public sealed class OcppConnectionRegistry
{
    private readonly ConcurrentDictionary<string, OcppConnection> _connections = new(StringComparer.Ordinal);

    /// <summary>Makes <paramref name="connection"/> current; returns the one it replaced (the caller closes it).</summary>
    public OcppConnection? Register(OcppConnection connection)
    {
        OcppConnection? previous = null;
        _connections.AddOrUpdate(connection.Identity, connection, (_, old) =>
        {
            previous = old;
            return connection;
        });
        return previous;
    }

    /// <summary>True when <paramref name="connection"/> was current and is now removed.</summary>
    public bool Unregister(OcppConnection connection) =>
        _connections.TryRemove(new KeyValuePair<string, OcppConnection>(connection.Identity, connection));

    public OcppConnection? Find(string identity) => _connections.TryGetValue(identity, out var c) ? c : null;

    public IReadOnlyCollection<string> Identities => _connections.Keys.ToList();
}
